import { useMemo, useState } from 'react'
import { formatJson, truncateText } from './formatJson.ts'
import type { ToolLabels } from './toolLabels.ts'

/** Props of {@link ToolValue}. */
export interface ToolValueProps {
  /** Caption of the collapsible section. */
  label: string
  /** The untrusted value, shown as pretty JSON text. */
  value: unknown
  /** Texts of the Show all / Show less button. */
  labels: Pick<ToolLabels, 'showAll' | 'showLess'>
  /** Characters shown before "Show all". */
  maxLength: number
}

/** A labelled section with a pretty-printed value, truncated until "Show all". */
export function ToolValue({ label, value, labels, maxLength }: ToolValueProps) {
  const full = useMemo(() => formatJson(value), [value])
  const [expanded, setExpanded] = useState(false)
  const isLong = full.length > maxLength
  const shown = expanded || !isLong ? full : truncateText(full, maxLength).text
  return (
    <div className="acw-tool-card__section">
      <p className="acw-tool-card__label">{label}</p>
      <pre className="acw-tool-card__value" tabIndex={0} aria-label={label}>
        <code>{shown}</code>
      </pre>
      {isLong && (
        <button
          type="button"
          className="acw-tool-card__more"
          aria-expanded={expanded}
          onClick={() => setExpanded((open) => !open)}
        >
          {expanded ? labels.showLess : labels.showAll}
        </button>
      )}
    </div>
  )
}
