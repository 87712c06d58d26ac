import { useLayoutEffect, type RefObject } from 'react'

const sum = (...values: string[]) => values.reduce((total, value) => total + (parseFloat(value) || 0), 0)

/** Grow a textarea with its content up to `maxHeight` pixels (its outer height), then let it scroll. */
export function useAutoResize(
  ref: RefObject<HTMLTextAreaElement | null>,
  value: string,
  maxHeight: number,
): void {
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const style = getComputedStyle(element)
    const padding = sum(style.paddingTop, style.paddingBottom)
    const border = sum(style.borderTopWidth, style.borderBottomWidth)
    element.style.height = 'auto'
    const outer = element.scrollHeight + border
    const target = Math.min(outer, maxHeight)
    element.style.height = `${style.boxSizing === 'border-box' ? target : target - padding - border}px`
    element.style.overflowY = outer > maxHeight ? 'auto' : 'hidden'
  }, [ref, value, maxHeight])
}
