import { useCallback, useEffect, useId, useRef, type ReactNode } from 'react'
import type { ChatLabels } from '../components/labels/ChatLabels.ts'
import { useControllableState } from '../components/composer/useControllableState.ts'

/** Props of `ChatLauncher`. */
export interface ChatLauncherProps {
  /** The chat shown in the panel (usually a `ChatWidget`). It stays mounted while closed, so nothing is lost. */
  readonly children: ReactNode
  /** Controlled open state. */
  readonly open?: boolean
  /** Initial open state when uncontrolled. @default false */
  readonly defaultOpen?: boolean
  /** Called when the panel opens or closes. */
  readonly onOpenChange?: (open: boolean) => void
  /** Corner of the page. @default 'bottom-right' */
  readonly position?: 'bottom-right' | 'bottom-left'
  /** Texts: `openChat`, `closeChat`, `chatTitle`. */
  readonly labels: Pick<ChatLabels, 'openChat' | 'closeChat' | 'chatTitle'>
  /** Title of the panel, for assistive technology. @default labels.chatTitle */
  readonly title?: string
  /** Colour scheme of the button. @default 'auto' */
  readonly theme?: 'light' | 'dark' | 'auto'
  /** Writing direction. @default 'ltr' */
  readonly dir?: 'ltr' | 'rtl'
}

/**
 * A floating button that opens the chat as a panel. Escape closes it and focus returns to the button.
 * @example
 * <ChatLauncher labels={en}><ChatWidget clientOptions={{ baseUrl: '/api/atthene' }} agentKey="support" /></ChatLauncher>
 */
export function ChatLauncher({
  children,
  open,
  defaultOpen = false,
  onOpenChange,
  position = 'bottom-right',
  labels,
  title,
  theme = 'auto',
  dir = 'ltr',
}: ChatLauncherProps) {
  const [isOpen, setOpen] = useControllableState({
    value: open,
    defaultValue: defaultOpen,
    onChange: onOpenChange,
  })
  const buttonRef = useRef<HTMLButtonElement>(null)
  const panelRef = useRef<HTMLDivElement>(null)
  const panelId = useId()
  const wasOpen = useRef(isOpen)

  const close = useCallback(() => setOpen(false), [setOpen])

  useEffect(() => {
    if (isOpen && !wasOpen.current) {
      // Focus the composer (or the first focusable element) once the panel is shown.
      const panel = panelRef.current
      const target =
        panel?.querySelector<HTMLElement>('textarea:not([disabled])') ??
        panel?.querySelector<HTMLElement>('button, [tabindex]')
      target?.focus()
    } else if (!isOpen && wasOpen.current) {
      buttonRef.current?.focus()
    }
    wasOpen.current = isOpen
  }, [isOpen])

  return (
    <div
      className="acw-root acw-launcher"
      data-theme={theme}
      dir={dir}
      data-position={position}
      data-state={isOpen ? 'open' : 'closed'}
    >
      <div
        ref={panelRef}
        id={panelId}
        role="dialog"
        aria-modal="false"
        aria-label={title ?? labels.chatTitle}
        className="acw-launcher-panel"
        hidden={!isOpen}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && !event.defaultPrevented) {
            event.preventDefault()
            close()
          }
        }}
      >
        <button type="button" className="acw-launcher-close" aria-label={labels.closeChat} onClick={close}>
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
        {children}
      </div>
      <button
        ref={buttonRef}
        type="button"
        className="acw-launcher-button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        aria-label={isOpen ? labels.closeChat : labels.openChat}
        onClick={() => setOpen(!isOpen)}
      >
        <svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true">
          {isOpen ? (
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          ) : (
            <path
              d="M4 5.5A2.5 2.5 0 0 1 6.5 3h11A2.5 2.5 0 0 1 20 5.5v8a2.5 2.5 0 0 1-2.5 2.5H10l-4.5 4v-4A2.5 2.5 0 0 1 4 13.5z"
              fill="currentColor"
            />
          )}
        </svg>
      </button>
    </div>
  )
}
