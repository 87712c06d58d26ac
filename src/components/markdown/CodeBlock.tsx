import { useEffect, useState } from 'react'
import { codeLanguageOf } from './codeLanguages.ts'
import { CopyButton } from './CopyButton.tsx'
import type { HighlightedRun } from './highlightCode.ts'
import { defaultMarkdownLabels, type MarkdownLabels } from './markdownLabels.ts'

/** Props of {@link CodeBlock}. */
export interface CodeBlockProps {
  /** The code, shown as text exactly (tabs kept) and copied exactly. */
  code: string
  /** The fence's language tag: a caption, and `class="language-…"` on the `code` element. */
  language?: string
  /** Colour the code when the highlighter knows the language; it is loaded on first use. @default false */
  highlight?: boolean
  /** Texts of the copy button. */
  labels?: Partial<MarkdownLabels>
}

/** Highlighted runs of `code` once the highlighter has loaded, else `null` (plain text meanwhile). */
function useHighlightedRuns(code: string, language: string | undefined, enabled: boolean) {
  const [result, setResult] = useState<{ code: string; runs: HighlightedRun[] } | null>(null)
  const module = enabled ? codeLanguageOf(language) : null
  useEffect(() => {
    if (!module) return
    let live = true
    void import('./highlightCode.ts')
      .then(({ highlightCode }) => highlightCode(code, module))
      .then((runs) => live && setResult({ code, runs }))
      // A language that fails to load leaves the code plain.
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [code, module])
  return module && result?.code === code ? result.runs : null
}

/**
 * A code block with a caption and a Copy button. The `pre` is focusable so it scrolls by keyboard.
 * @example
 * <CodeBlock code="npm i atthene-chat-kit" language="sh" />
 */
export function CodeBlock({ code, language, highlight = false, labels }: CodeBlockProps) {
  const runs = useHighlightedRuns(code, language, highlight)
  const text = code ? `${code.replace(/\n$/, '')}\n` : ''
  return (
    <div className="acw-code-block" data-language={language || undefined}>
      <div className="acw-code-block__bar">
        <span className="acw-code-block__language">{language}</span>
        <CopyButton value={code} label={labels?.copyCode ?? defaultMarkdownLabels.copyCode} labels={labels} />
      </div>
      <pre className="acw-code-block__pre" tabIndex={0}>
        <code
          className={language ? `language-${language}` : undefined}
          data-highlighted={runs ? '' : undefined}
        >
          {runs
            ? runs.map((run, index) =>
                run.type ? (
                  <span key={index} className={`acw-hl-${run.type}`}>
                    {run.text}
                  </span>
                ) : (
                  run.text
                ),
              )
            : text}
        </code>
      </pre>
    </div>
  )
}
