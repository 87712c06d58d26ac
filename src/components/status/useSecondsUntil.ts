import { useEffect, useState } from 'react'

/**
 * Whole seconds left until `until` (epoch ms), rounded up; 0 once it has passed or when `until` is absent.
 * Re-renders once per second while counting, aligned to the second boundaries of `until`.
 */
export function useSecondsUntil(until: number | undefined): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (until === undefined) return
    let timer: ReturnType<typeof setTimeout>
    const tick = () => {
      const current = Date.now()
      setNow(current)
      const left = until - current
      if (left > 0) timer = setTimeout(tick, left % 1000 || 1000)
    }
    timer = setTimeout(tick, 0)
    return () => clearTimeout(timer)
  }, [until])
  return until === undefined ? 0 : Math.max(0, Math.ceil((until - now) / 1000))
}
