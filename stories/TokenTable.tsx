import type { CSSProperties } from 'react'
import tokensCss from '../src/styles/tokens.css?raw'
import { parseTokens, type DesignToken } from './parseTokens.ts'

/** A live sample of one token, drawn with the token itself inside a kit root of the given theme. */
function Sample({ name }: { name: string }) {
  const value = `var(${name})`
  const box: CSSProperties = { inlineSize: 48, blockSize: 28, borderRadius: 6 }
  if (name.startsWith('--acw-color-'))
    return <div style={{ ...box, background: value, border: '1px solid var(--acw-color-border)' }} />
  if (name.startsWith('--acw-space-'))
    return <div style={{ inlineSize: value, blockSize: 12, background: 'var(--acw-color-accent)' }} />
  if (name.startsWith('--acw-radius'))
    return <div style={{ ...box, borderRadius: value, border: '2px solid var(--acw-color-accent)' }} />
  if (name.startsWith('--acw-shadow'))
    return <div style={{ ...box, boxShadow: value, background: 'var(--acw-color-bg)' }} />
  if (name === '--acw-focus-ring')
    return <div style={{ ...box, boxShadow: value, border: '1px solid var(--acw-color-focus)' }} />
  if (name.startsWith('--acw-font-family')) return <span style={{ fontFamily: value }}>Aa Gg 012</span>
  if (name.startsWith('--acw-font-size')) return <span style={{ fontSize: value }}>Aa</span>
  if (name === '--acw-line-height') return <span style={{ lineHeight: value }}>Aa</span>
  return <code>{name}</code>
}

function Cell({ token, theme }: { token: DesignToken; theme: 'light' | 'dark' }) {
  return (
    <td className="acw-root" data-theme={theme} style={{ background: 'var(--acw-color-bg)', padding: 8 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
        <Sample name={token.name} />
        <code style={{ fontSize: 12, color: 'var(--acw-color-text)' }}>{token[theme]}</code>
      </div>
    </td>
  )
}

/** Every `--acw-*` token of src/styles/tokens.css with its light and dark value and a live sample of each. */
export function TokenTable() {
  const tokens = parseTokens(tokensCss)
  return (
    <table style={{ borderCollapse: 'collapse', inlineSize: '100%' }}>
      <thead>
        <tr>
          <th style={{ textAlign: 'start' }}>Token</th>
          <th style={{ textAlign: 'start' }}>Light</th>
          <th style={{ textAlign: 'start' }}>Dark</th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <tr key={token.name}>
            <th scope="row" style={{ textAlign: 'start', fontWeight: 400 }}>
              <code>{token.name}</code>
            </th>
            <Cell token={token} theme="light" />
            <Cell token={token} theme="dark" />
          </tr>
        ))}
      </tbody>
    </table>
  )
}
