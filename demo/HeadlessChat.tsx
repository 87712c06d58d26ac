import { useState } from 'react'
import { ChatProvider, createRuntimeClient, useChat } from '../src/headless.ts'

const client = createRuntimeClient({ baseUrl: '/api/v1' })

/** A chat built only from `useChat` and plain elements: no kit components, no kit CSS. */
export function HeadlessChat() {
  return (
    <ChatProvider client={client}>
      <main style={{ maxWidth: 640, margin: '2rem auto', fontFamily: 'system-ui, sans-serif' }}>
        <h1>Headless chat</h1>
        <p>
          Built with <code>useChat</code> only. <a href="./">Back to the widget</a>
        </p>
        <Conversation />
      </main>
    </ChatProvider>
  )
}

function Conversation() {
  const chat = useChat({ agentKey: 'headless_demo' })
  const [text, setText] = useState('')
  return (
    <>
      {chat.hasOlder && (
        <button type="button" onClick={() => void chat.fetchOlder()}>
          Load older messages
        </button>
      )}
      <ol aria-label="Conversation" role="log" style={{ listStyle: 'none', padding: 0 }}>
        {chat.messages.map((message) => (
          <li key={message.key} style={{ margin: '0.75rem 0' }}>
            <strong>{message.role === 'user' ? 'You' : 'Assistant'}:</strong>{' '}
            <span style={{ whiteSpace: 'pre-wrap' }}>{message.text}</span>
            {message.toolCalls.map((call) => (
              <div key={call.id}>
                <small>
                  tool {call.name}: {call.status}
                </small>
              </div>
            ))}
            {message.delivery?.status === 'failed' && (
              <span>
                {' '}
                (not sent: {message.delivery.error.message}){' '}
                <button type="button" onClick={() => chat.retry(message.key)}>
                  Retry
                </button>{' '}
                <button type="button" onClick={() => chat.discard(message.key)}>
                  Discard
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
      {chat.isWorking && <p role="status">Working…</p>}
      {chat.error && (
        <p role="alert">
          {chat.error.message} <button onClick={chat.dismissError}>Dismiss</button>
        </p>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault()
          if (chat.send(text)) setText('')
        }}
      >
        <label>
          Message{' '}
          <input value={text} onChange={(event) => setText(event.target.value)} disabled={!chat.sessionId} />
        </label>{' '}
        <button type="submit" disabled={!text.trim() || chat.rateLimitedUntil !== undefined}>
          Send
        </button>
      </form>
    </>
  )
}
