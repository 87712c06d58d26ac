import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { createRuntimeClient } from '../client/createRuntimeClient.ts'
import type { RuntimeEvent } from '../client/types.ts'
import { preloadMarkdown } from '../components/markdown/preloadMarkdown.ts'
import { ChatProvider } from '../hooks/ChatProvider.tsx'
import type { ChatWidgetProps } from './ChatWidgetProps.ts'
import { ChatWidgetView } from './ChatWidgetView.tsx'
import { liveClientOptions } from './liveClientOptions.ts'

export type { ChatWidgetProps, ChatWidgetUploadOptions } from './ChatWidgetProps.ts'

/**
 * The whole chat, connected: thread, composer with uploads, tool panels, error banner and status, talking to the
 * Session Runtime through `baseUrl` (your proxy; the API key stays on your server).
 * @example
 * <ChatWidget clientOptions={{ baseUrl: '/api/atthene' }} agentKey="support_agent" theme="auto" />
 */
export function ChatWidget({
  client,
  clientOptions,
  queryClient,
  storage,
  uploads,
  onEvent,
  ...props
}: ChatWidgetProps) {
  const onEventRef = useRef(onEvent)
  useEffect(() => {
    onEventRef.current = onEvent
  })
  // One stable dispatcher, so a new `onEvent` function on each render does not make a new client.
  // The replies' markdown parser is a chunk of its own: fetched while the history loads, not after.
  useEffect(() => {
    preloadMarkdown().catch(() => undefined)
  }, [])
  const [dispatch] = useState(() => (event: RuntimeEvent) => onEventRef.current?.(event))
  const { baseUrl, apiKey, timeoutMs } = clientOptions ?? {}
  // The latest options, read by the client on each request (headers, fetch, retry, classifyError).
  const optionsRef = useRef(clientOptions)
  useLayoutEffect(() => {
    optionsRef.current = clientOptions
  })
  const [latestOptions] = useState(() => () => optionsRef.current)
  const ownClient = useMemo(
    () =>
      client ??
      createRuntimeClient({
        ...liveClientOptions({ baseUrl, apiKey, timeoutMs }, latestOptions),
        onEvent: (event: RuntimeEvent) => {
          latestOptions()?.onEvent?.(event)
          dispatch(event)
        },
      }),
    // A new client only when what identifies the backend changes, not on every render's new options object.
    [client, baseUrl, apiKey, timeoutMs, dispatch, latestOptions],
  )
  return (
    <ChatProvider
      client={ownClient}
      queryClient={queryClient}
      storage={storage}
      upload={uploads === false ? undefined : uploads?.adapter}
    >
      <ChatWidgetView {...props} uploads={uploads} />
    </ChatProvider>
  )
}
