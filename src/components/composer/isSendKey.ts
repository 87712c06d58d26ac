/** The parts of a keyboard event that decide whether Enter sends. */
export interface SendKeyEvent {
  readonly key: string
  readonly shiftKey: boolean
  readonly keyCode?: number
  readonly nativeEvent?: { readonly isComposing?: boolean }
  readonly isComposing?: boolean
}

/**
 * Whether a keydown should send: Enter without Shift, and never while an IME composes text
 * (`isComposing`, or keyCode 229 that Safari reports for the Enter that ends a composition).
 */
export function isSendKey(event: SendKeyEvent, composing = false): boolean {
  if (event.key !== 'Enter' || event.shiftKey || composing) return false
  if (event.isComposing === true || event.nativeEvent?.isComposing === true) return false
  return event.keyCode !== 229
}
