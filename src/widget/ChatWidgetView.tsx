import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { ErrorBanner } from '../components/banner/ErrorBanner.tsx'
import { Composer } from '../components/composer/Composer.tsx'
import type { ComposerMessage } from '../components/composer/ComposerProps.ts'
import { getLabels } from '../components/labels/getLabels.ts'
import { mergeLabels } from '../components/labels/mergeLabels.ts'
import { SessionStatusBadge } from '../components/status/SessionStatusBadge.tsx'
import { WorkingIndicator } from '../components/status/WorkingIndicator.tsx'
import { Thread } from '../components/thread/Thread.tsx'
import { useChat } from '../hooks/useChat.ts'
import type { ChatWidgetProps } from './ChatWidgetProps.ts'
import { useComposerAttachments } from './useComposerAttachments.ts'
import { useOnline } from './useOnline.ts'
import { useWorkingSince } from './useWorkingSince.ts'
import { NewConversationIcon } from './icons.tsx'

const DEFAULT_ACCEPT = [
  'image/*',
  'application/pdf',
  'text/plain',
  'text/csv',
  'text/markdown',
  'application/json',
]

type ViewProps = Omit<ChatWidgetProps, 'client' | 'clientOptions' | 'queryClient' | 'storage' | 'onEvent'>

/** The connected widget's body: `useChat` wired to the presentational components. */
export function ChatWidgetView(props: ViewProps) {
  const {
    sessionId,
    agentKey,
    agentId,
    locale,
    labels,
    theme = 'auto',
    title,
    toolRenderers,
    suggestions,
    allowImages = true,
    highlightCode = false,
    uploads,
    locales,
    maxLength,
    pageSize,
    onError,
    className,
    ...rest
  } = props
  const text = useMemo(
    () => mergeLabels(getLabels(locale ?? browserLocale(), locales), labels),
    [locale, locales, labels],
  )
  const source = sessionId
    ? { sessionId }
    : agentKey
      ? { agentKey }
      : agentId
        ? { agentId }
        : { sessionId: '' }
  const chat = useChat({ ...source, pageSize })
  const files = useComposerAttachments()
  const online = useOnline()
  const since = useWorkingSince(chat.isWorking)
  const textareaRef = useRef<HTMLTextAreaElement>(null)
  const bannerRef = useRef<HTMLDivElement>(null)
  const [loadingOlder, setLoadingOlder] = useState(false)
  const { error, messages, retry, discard, setDraft, dismissError } = chat

  useEffect(() => {
    if (error) onError?.(error)
  }, [error, onError])

  const focusComposer = useCallback(() => textareaRef.current?.focus(), [])
  const errorMessage = error?.correlationId ? messages.find((m) => m.key === error.correlationId) : undefined
  const failedKey = errorMessage?.key
  // While the message is still queued or being settled, the kit recovers on its own: no Retry yet.
  const recovering = ['queued', 'sending', 'unknown'].includes(errorMessage?.delivery?.status ?? '')

  const onSend = useCallback(
    ({ text: message, attachments }: ComposerMessage) => {
      chat.send({ text: message, attachments })
      files.clear()
    },
    [chat, files],
  )
  const onSuggestion = useCallback((prompt: string) => chat.send({ text: prompt, attachments: [] }), [chat])
  const onEdit = useCallback(() => {
    const failed = messages.find((m) => m.key === failedKey)
    if (failed) {
      setDraft(failed.text)
      discard(failed.key)
    }
    dismissError()
    focusComposer()
  }, [messages, failedKey, setDraft, discard, dismissError, focusComposer])
  const onLoadOlder = useCallback(() => {
    setLoadingOlder(true)
    void chat.fetchOlder().finally(() => setLoadingOlder(false))
  }, [chat])
  const messageProps = useMemo(
    () => ({
      locale: text.locale,
      labels: text,
      onRetry: retry,
      onDiscard: discard,
      toolRenderers,
      allowImages,
      highlightCode,
    }),
    [text, retry, discard, toolRenderers, allowImages, highlightCode],
  )
  const uploadOptions = uploads === false ? undefined : uploads

  return (
    <section
      {...rest}
      className={['acw-root', 'acw-widget', className].filter(Boolean).join(' ')}
      data-theme={theme}
      dir={text.dir}
      lang={text.locale}
      aria-label={title ?? text.chatTitle}
    >
      <header className="acw-widget__header">
        <h2 className="acw-widget__title">{title ?? text.chatTitle}</h2>
        {/* One signal per state: working shows in the thread, errors in the banner; the header only says offline. */}
        {!online && <SessionStatusBadge status={chat.status?.status} connection="offline" labels={text} />}
        {chat.startNew && (
          <button
            type="button"
            className="acw-icon-button acw-widget__new"
            aria-label={text.startNewConversation}
            title={text.startNewConversation}
            onClick={chat.startNew}
          >
            <NewConversationIcon />
          </button>
        )}
      </header>
      <Thread
        className="acw-widget__thread"
        messages={messages}
        isWorking={chat.isWorking}
        hasOlder={chat.hasOlder}
        isLoadingOlder={loadingOlder || chat.isLoading}
        onLoadOlder={onLoadOlder}
        labels={text}
        messageProps={messageProps}
        suggestions={suggestions}
        onSuggestion={onSuggestion}
        footer={chat.isWorking && !error ? <WorkingIndicator since={since} labels={text} /> : null}
      />
      {error && (
        <ErrorBanner
          ref={bannerRef}
          className="acw-widget__banner"
          error={error}
          retryAt={error.code === 'rate_limited' ? chat.rateLimitedUntil : undefined}
          recovering={recovering}
          labels={text}
          onRetry={failedKey && !recovering ? () => retry(failedKey) : (chat.reload ?? undefined)}
          onStartNew={chat.startNew ?? undefined}
          onEdit={error.code === 'content_policy' && failedKey ? onEdit : undefined}
          onDismiss={() => {
            dismissError()
            focusComposer()
          }}
        />
      )}
      <Composer
        className="acw-widget__composer"
        value={chat.draft}
        onValueChange={setDraft}
        onSend={onSend}
        textareaRef={textareaRef}
        labels={text}
        maxLength={maxLength}
        rateLimitedUntil={chat.rateLimitedUntil}
        disabled={!chat.sessionId && !agentKey && !agentId}
        attachments={files.attachments}
        onAddFiles={uploads === false ? undefined : files.add}
        onRemoveAttachment={files.remove}
        onRetryAttachment={files.retry}
        accept={uploadOptions?.accept ?? DEFAULT_ACCEPT}
        maxSize={uploadOptions?.maxSize ?? 10 * 1024 * 1024}
        maxFiles={uploadOptions?.maxFiles ?? 5}
      />
    </section>
  )
}

function browserLocale(): string | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.language
}
