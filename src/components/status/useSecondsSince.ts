import { useEffect, useState } from 'react'

/** Whole seconds elapsed since `since` (epoch ms), updated once per second; 0 when `since` is absent. */
export function useSecondsSince(since: number | undefined): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (since === undefined) return
    let timer: ReturnType<typeof setTimeout>
    const tick = () => {
      const current = Date.now()
      setNow(current)
      const elapsed = Math.max(0, current - since)
      timer = setTimeout(tick, 1000 - (elapsed % 1000))
    }
    timer = setTimeout(tick, 0)
    return () => clearTimeout(timer)
  }, [since])
  return since === undefined ? 0 : Math.max(0, Math.floor((now - since) / 1000))
}
