import { useState } from 'react'

/** When the current stretch of work started (epoch ms), or `undefined` while idle. */
export function useWorkingSince(isWorking: boolean): number | undefined {
  const [since, setSince] = useState<number | undefined>(undefined)
  // Adjusting state while rendering, on a change of `isWorking` (react.dev: "storing information from previous renders").
  if (isWorking && since === undefined) setSince(Date.now())
  if (!isWorking && since !== undefined) setSince(undefined)
  return since
}
