import { CopyButton } from './CopyButton.tsx'
import { defaultMarkdownLabels, type MarkdownLabels } from './markdownLabels.ts'

/** Props of {@link CodeBlock}. */
export interface CodeBlockProps {
  /** The code, shown as text. */
  code: string
  /** The fence's language tag, shown as a caption. */
  language?: string
  /** Texts of the copy button. */
  labels?: Partial<MarkdownLabels>
}

/**
 * A fenced code block with a caption and a Copy button. The `pre` is focusable so it scrolls by keyboard.
 * @example
 * <CodeBlock code="npm i atthene-chat-kit" language="sh" />
 */
export function CodeBlock({ code, language, labels }: CodeBlockProps) {
  const text = code.replace(/\n$/, '')
  return (
    <div className="acw-code-block" data-language={language || undefined}>
      <div className="acw-code-block__bar">
        <span className="acw-code-block__language">{language}</span>
        <CopyButton value={text} label={labels?.copyCode ?? defaultMarkdownLabels.copyCode} labels={labels} />
      </div>
      <pre className="acw-code-block__pre" tabIndex={0}>
        <code>{text}</code>
      </pre>
    </div>
  )
}
