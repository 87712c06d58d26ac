// The source files of a fresh app: it imports every entry point the way a user would, type-checks them strictly
// (the shipped .d.ts files included), and renders the widget against the reference runtime running in the page.

const MAIN_TSX = `import 'atthene-chat-kit/styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ChatLauncher, ChatTheme, ChatWidget, Thread, createChatMessage, en, type ChatWidgetProps } from 'atthene-chat-kit'
import { createRuntimeClient, isRuntimeError, type RuntimeErrorCode } from 'atthene-chat-kit/client'
import { ChatProvider, useChat } from 'atthene-chat-kit/headless'
import { defineChatWidgetElement, mountChatWidget, type MountChatWidgetOptions } from 'atthene-chat-kit/widget'
import { createRuntimeProxy } from 'atthene-chat-kit/proxy'
import { createMockRuntime } from 'atthene-chat-kit/testing'

const runtime = createMockRuntime({ autoCreateSessions: true })
const client = createRuntimeClient({ baseUrl: '/api/v1', fetch: runtime.fetch })
const proxy = createRuntimeProxy({ apiKey: 'server-side-only', allowedOrigins: [] })
const transcript = [
  createChatMessage({ role: 'user', text: 'a message of your own' }),
  createChatMessage({ role: 'assistant', text: 'rendered **without** the widget' }),
]
const props: ChatWidgetProps = { client, agentKey: 'support', theme: 'dark', storage: false }

function Headless() {
  const chat = useChat({ agentKey: 'support' })
  const code: RuntimeErrorCode | undefined = chat.error?.code
  return <p data-code={code}>{chat.messages.length}</p>
}

// Typed but not attached: the page shows one widget, the one rendered below.
defineChatWidgetElement()
const element = document.createElement('atthene-chat')
element.options = { labels: { send: 'Go' } }
element.addEventListener('atthene-chat-error', (event) => {
  const code: RuntimeErrorCode = event.detail.code
  console.log(code, isRuntimeError(event.detail))
})
const options: MountChatWidgetOptions = { client, agentKey: 'support', launcher: false }
if (location.hash === '#mount') mountChatWidget(document.createElement('div'), options).update({ theme: 'light' })

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ChatWidget {...props} />
    <ChatTheme theme="auto" style={{ blockSize: 240 }}>
      <Thread messages={transcript} />
    </ChatTheme>
    <ChatLauncher labels={en} defaultOpen={false}>
      <p>launcher content</p>
    </ChatLauncher>
    <ChatProvider client={client}>
      <Headless />
    </ChatProvider>
  </StrictMode>,
)
console.log(typeof proxy)
`

// Node ESM, no bundler: the published files import what they need, and rendering on the server touches no DOM.
const SSR_MJS = `import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { ChatWidget } from 'atthene-chat-kit'
import { createRuntimeClient } from 'atthene-chat-kit/client'
import { createRuntimeProxy } from 'atthene-chat-kit/proxy'
import { defineChatWidgetElement } from 'atthene-chat-kit/widget'

defineChatWidgetElement()
const client = createRuntimeClient({ baseUrl: 'http://x/api/v1' })
const proxy = createRuntimeProxy({ apiKey: 'k', allowedOrigins: [] })
const html = renderToString(createElement(ChatWidget, { client, agentKey: 'a', storage: false, locale: 'en' }))
console.log(JSON.stringify({ html, proxy: typeof proxy }))
`

/** A strict app tsconfig that also checks the package's .d.ts files. */
export const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    module: 'ESNext',
    moduleResolution: 'bundler',
    jsx: 'react-jsx',
    strict: true,
    noEmit: true,
    isolatedModules: true,
    verbatimModuleSyntax: true,
    // The package's .d.ts files are checked too: an unresolved import in them would otherwise become `any`.
    skipLibCheck: false,
    types: ['vite/client'],
  },
  include: ['src'],
}

/** Every file of the app but package.json and tsconfig.json, by path. */
export const APP_FILES: Readonly<Record<string, string>> = {
  'index.html':
    '<!doctype html><html lang="en"><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>',
  'vite.config.js':
    "import { defineConfig } from 'vite'\nimport react from '@vitejs/plugin-react'\nexport default defineConfig({ plugins: [react()] })\n",
  'src/main.tsx': MAIN_TSX,
  'ssr.mjs': SSR_MJS,
}
