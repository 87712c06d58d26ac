import type { Decorator, Preview } from '@storybook/react-vite'
import { mswLoader } from 'msw-storybook-addon/csf3'
import { getLabels, mergeLabels, preloadMarkdown, type ChatLabelsOverrides } from '../src/index.ts'
import { locales } from '../src/locales.ts'
import '../src/styles/styles.css'
import './preview.css'

type Theme = 'light' | 'dark' | 'auto'

/**
 * Wraps every story in the kit's root (`.acw-root` with `data-theme`, `dir`, `lang`) from the toolbar's theme,
 * locale and density, and hands presentational components the locale's label catalog. Connected stories
 * (`parameters.kit.connected`) get a plain frame: the widget is its own root and takes theme and locale as props.
 */
const withKitRoot: Decorator = (Story, context) => {
  const { globals, parameters, args, viewMode } = context
  const theme = (globals.theme as Theme | undefined) ?? 'light'
  const locale = (globals.locale as string | undefined) ?? 'en'
  const density = (globals.density as string | undefined) ?? 'comfortable'
  const labels = getLabels(locale, locales)
  const view = viewMode === 'docs' ? 'docs' : 'story'
  const kit = parameters.kit as { connected?: boolean; localize?: boolean } | undefined
  if (kit?.connected) {
    return (
      <div className="sb-kit" data-connected="" data-theme={theme} data-density={density} data-view={view}>
        <Story />
      </div>
    )
  }
  const localized =
    locale === 'en' || kit?.localize === false
      ? args
      : { ...args, labels: mergeLabels(labels, args.labels as ChatLabelsOverrides | undefined) }
  return (
    <div
      className="acw-root sb-kit"
      data-theme={theme}
      dir={labels.dir}
      lang={labels.locale}
      data-density={density}
      data-view={view}
    >
      <Story args={localized} />
    </div>
  )
}

const preview: Preview = {
  // Starts the MSW worker once and resets its handlers before each story; stories add the reference runtime.
  // Markdown's parser (a chunk loaded on demand) is loaded first, so a story shows the replies as they settle.
  loaders: [mswLoader(), () => preloadMarkdown().then(() => ({}))],
  decorators: [withKitRoot],
  globalTypes: {
    theme: {
      description: 'Colour scheme of the kit (data-theme)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'auto', title: 'Auto (system)', icon: 'browser' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the built-in texts; Arabic is right to left',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'ltr' },
          { value: 'de', title: 'Deutsch', right: 'ltr' },
          { value: 'ar', title: 'العربية', right: 'rtl' },
        ],
        dynamicTitle: true,
      },
    },
    density: {
      description: 'Spacing scale (--acw-space-*)',
      toolbar: {
        title: 'Density',
        icon: 'component',
        items: [
          { value: 'comfortable', title: 'Comfortable' },
          { value: 'compact', title: 'Compact' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', density: 'comfortable' },
  parameters: {
    layout: 'fullscreen',
    // Every axe violation fails the story's test (npm test runs them in Chromium).
    a11y: { test: 'error' },
    controls: { expanded: true, matchers: { date: /At$/ } },
    docs: { codePanel: true },
    viewport: {
      options: {
        phone375: { name: 'Phone (375 × 740)', styles: { width: '375px', height: '740px' }, type: 'mobile' },
      },
    },
  },
}

export default preview
