import { useState } from 'react'
import { ChatLauncher, ChatWidget, getLabels } from '../src/index.ts'
import { locales } from '../src/locales.ts'
import { CHAT_COMMANDS } from '../src/testing/chatCommands.ts'
import { demoConfig } from './demoConfig.ts'

// Test knobs (end-to-end tests): `?session=ID` continues that session, `?timeoutMs=N` shortens the client timeout.
const params = new URLSearchParams(window.location.search)
const sessionParam = params.get('session') ?? demoConfig.sessionId
const timeoutParam = Number(params.get('timeoutMs'))
const source = sessionParam ? { sessionId: sessionParam } : { agentKey: demoConfig.agentKey ?? 'demo_agent' }
const clientOptions = {
  baseUrl: '/api/v1',
  ...(timeoutParam > 0 ? { timeoutMs: timeoutParam } : {}),
}

/** The demo page: what the kit is, the chat commands that trigger each fault, and the widget in a launcher. */
export function DemoApp() {
  const [theme, setTheme] = useState<'light' | 'dark' | 'auto'>('auto')
  const [locale, setLocale] = useState('en')
  const labels = getLabels(locale, locales)
  return (
    <main className="demo">
      <h1>atthene-chat-kit</h1>
      <p>
        {demoConfig.mode === 'live'
          ? 'Talking to the Atthene API through the dev server, which adds the key. The key never reaches this page.'
          : 'Talking to the built-in reference runtime (no key, no network). Open the chat with the button in the corner.'}{' '}
        <a href="./headless.html">Headless example</a>
      </p>
      <fieldset className="demo__controls">
        <legend>Widget settings</legend>
        <label>
          Theme{' '}
          <select value={theme} onChange={(event) => setTheme(event.target.value as typeof theme)}>
            <option value="auto">auto</option>
            <option value="light">light</option>
            <option value="dark">dark</option>
          </select>
        </label>
        <label>
          Language{' '}
          <select value={locale} onChange={(event) => setLocale(event.target.value)}>
            <option value="en">English</option>
            <option value="de">Deutsch</option>
            <option value="ar">العربية</option>
          </select>
        </label>
      </fieldset>
      {demoConfig.mode === 'reference' && (
        <section aria-labelledby="commands">
          <h2 id="commands">Chat commands</h2>
          <p>Type one of these in the chat to see how the kit handles each fault.</p>
          <table className="demo__commands">
            <tbody>
              {CHAT_COMMANDS.map(({ command, description }) => (
                <tr key={command}>
                  <td>
                    <code>{command}</code>
                  </td>
                  <td>{description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <ChatLauncher labels={labels} defaultOpen theme={theme} dir={labels.dir}>
        <ChatWidget
          clientOptions={clientOptions}
          {...source}
          theme={theme}
          locale={locale}
          locales={locales}
        />
      </ChatLauncher>
    </main>
  )
}
