import { useEffect, useState } from 'react'

/** When the current stretch of work started (epoch ms), or `undefined` while idle. */
export function useWorkingSince(isWorking: boolean): number | undefined {
  const [since, setSince] = useState<number | undefined>(undefined)
  useEffect(() => {
    // Reading the clock belongs in an effect, not in render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSince(isWorking ? Date.now() : undefined)
  }, [isWorking])
  return since
}
