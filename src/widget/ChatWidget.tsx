import { useEffect, useMemo, useRef, useState } from 'react'
import { createRuntimeClient } from '../client/createRuntimeClient.ts'
import type { RuntimeEvent } from '../client/types.ts'
import { ChatProvider } from '../hooks/ChatProvider.tsx'
import type { ChatWidgetProps } from './ChatWidgetProps.ts'
import { ChatWidgetView } from './ChatWidgetView.tsx'

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
  const [dispatch] = useState(() => (event: RuntimeEvent) => onEventRef.current?.(event))
  const { baseUrl, apiKey, timeoutMs } = clientOptions ?? {}
  const ownClient = useMemo(
    () =>
      client ??
      createRuntimeClient({
        ...clientOptions,
        onEvent: (event: RuntimeEvent) => {
          clientOptions?.onEvent?.(event)
          dispatch(event)
        },
      }),
    // A new client only when what identifies the backend changes, not on every render's new options object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [client, baseUrl, apiKey, timeoutMs, dispatch],
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
