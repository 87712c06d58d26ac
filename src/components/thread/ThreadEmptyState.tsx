import type { ComponentPropsWithRef } from 'react'
import { defaultThreadLabels, type ThreadLabels } from './threadLabels.ts'

/** Props of {@link ThreadEmptyState}. */
export interface ThreadEmptyStateProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  /** Prompts offered as buttons; choosing one sends it. @default none */
  suggestions?: readonly string[]
  /** Called with the chosen prompt. The buttons show only with it. */
  onSuggestion?: (prompt: string) => void
  /** Texts (English by default). */
  labels?: Partial<Pick<ThreadLabels, 'emptyTitle' | 'emptyDescription'>>
}

/**
 * What an empty conversation shows: a title, a line of help and, optionally, suggested prompts as buttons
 * (keyboard reachable; choosing one sends it).
 * @example
 * <ThreadEmptyState suggestions={['What can you do?']} onSuggestion={(text) => send({ text })} />
 */
export function ThreadEmptyState({
  suggestions = [],
  onSuggestion,
  labels,
  className,
  ...props
}: ThreadEmptyStateProps) {
  const text = { ...defaultThreadLabels, ...labels }
  return (
    <div {...props} className={className ? `acw-thread__empty ${className}` : 'acw-thread__empty'}>
      <svg className="acw-thread__empty-icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true">
        <path
          d="M20 12a8 8 0 0 1-11.6 7.1L4 20l1-4.2A8 8 0 1 1 20 12z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinejoin="round"
        />
      </svg>
      <p className="acw-thread__empty-title">{text.emptyTitle}</p>
      <p className="acw-thread__empty-description">{text.emptyDescription}</p>
      {onSuggestion && suggestions.length > 0 && (
        <ul className="acw-thread__suggestions">
          {suggestions.map((prompt) => (
            <li key={prompt}>
              <button type="button" className="acw-thread__suggestion" onClick={() => onSuggestion(prompt)}>
                {prompt}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
