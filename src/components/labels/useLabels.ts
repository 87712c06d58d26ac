import { useMemo } from 'react'
import type { ChatLabels, ChatLabelsOverrides } from './ChatLabels.ts'
import { en } from './en.ts'
import { mergeLabels } from './mergeLabels.ts'

/** The English catalog (or `base`) merged with a component's `labels` prop; stable while the inputs are. */
export function useLabels(overrides?: ChatLabelsOverrides, base: ChatLabels = en): ChatLabels {
  return useMemo(() => mergeLabels(base, overrides), [base, overrides])
}
