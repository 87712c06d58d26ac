import { forwardRef, type HTMLAttributes, type ReactNode } from 'react'

/** Props of {@link ChatTheme}: a `div`'s attributes, plus the colour scheme. */
export interface ChatThemeProps extends HTMLAttributes<HTMLDivElement> {
  /**
   * The colour scheme: `light`, `dark`, or `auto` (follows the user's `prefers-color-scheme`).
   * @default 'light'
   */
  readonly theme?: 'light' | 'dark' | 'auto'
  /** The kit's components (`Thread`, `Message`, `Composer`, …) to show with the kit's tokens. */
  readonly children?: ReactNode
}

/**
 * The kit's root element (`.acw-root`): it defines every design token (`--acw-*`), paints the theme's background,
 * and shields the components inside from the host page's inherited text styles (`text-align`, `letter-spacing`,
 * `font-weight`, …).
 * `ChatWidget` and `ChatLauncher` carry it themselves; wrap the components you use on their own in one.
 *
 * @example
 * ```tsx
 * <ChatTheme theme="auto" style={{ blockSize: 480 }}>
 *   <Thread messages={messages} />
 *   <Composer onSend={send} />
 * </ChatTheme>
 * ```
 */
export const ChatTheme = forwardRef<HTMLDivElement, ChatThemeProps>(function ChatTheme(
  { theme = 'light', className, children, ...rest },
  ref,
) {
  return (
    <div
      {...rest}
      ref={ref}
      className={className ? `acw-root acw-theme ${className}` : 'acw-root acw-theme'}
      data-theme={theme}
    >
      {children}
    </div>
  )
})
