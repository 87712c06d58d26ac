/** The loader's own texts: the launcher's name, and what it says while the chat loads or when it cannot. */
export interface LauncherTexts {
  readonly openChat: string
  readonly loading: string
  readonly failed: string
  readonly retry: string
  readonly dir: 'ltr' | 'rtl'
}

// The catalogs' `openChat`, plus the loader's states; the full catalogs load with the chat.
const TEXTS: Readonly<Record<string, LauncherTexts>> = {
  en: {
    openChat: 'Open chat',
    loading: 'Loading the chat…',
    failed: 'The chat could not be loaded.',
    retry: 'Try again',
    dir: 'ltr',
  },
  de: {
    openChat: 'Chat öffnen',
    loading: 'Chat wird geladen…',
    failed: 'Der Chat konnte nicht geladen werden.',
    retry: 'Erneut versuchen',
    dir: 'ltr',
  },
  ar: {
    openChat: 'فتح الدردشة',
    loading: 'جارٍ تحميل الدردشة…',
    failed: 'تعذّر تحميل الدردشة.',
    retry: 'إعادة المحاولة',
    dir: 'rtl',
  },
}

/** The texts for a BCP 47 tag, falling back to English; `openChat` from the integrator's labels wins. */
export function launcherTexts(locale: string | undefined, openChat: string | undefined): LauncherTexts {
  const language = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? ''
  const texts = (Object.hasOwn(TEXTS, language) ? TEXTS[language] : undefined) ?? TEXTS.en!
  return openChat ? { ...texts, openChat } : texts
}
