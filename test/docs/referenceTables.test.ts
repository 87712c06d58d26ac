// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { RUNTIME_ERROR_CODES } from '../../src/client/types.ts'
import { CHAT_ELEMENT_ATTRIBUTES } from '../../src/widget/defineChatWidgetElement.ts'

// The reference tables of the documentation (README.md and docs/*.md, which Storybook shows) against the code:
// every documented name exists, and every name exists in the docs. A table follows a marker
// `<!-- api: <file>#<Interface> -->` (or `attributes`, `error-codes`, `tokens`, `scripts`); its first column lists
// the names, in backticks. A marker may appear in more than one page; every table it marks is checked.

const ROOT = resolve(import.meta.dirname, '../..')
const PAGES = [
  'README.md',
  ...readdirSync(resolve(ROOT, 'docs')).flatMap((file) => (file.endsWith('.md') ? [`docs/${file}`] : [])),
]
const DOCS = PAGES.map((page) => readFileSync(resolve(ROOT, page), 'utf8')).join('\n')

/** The interfaces whose members the README documents in full. */
const DOCUMENTED = [
  'src/widget/ChatWidgetProps.ts#ChatWidgetProps',
  'src/widget/ChatWidgetProps.ts#ChatWidgetUploadOptions',
  'src/widget/ChatLauncher.tsx#ChatLauncherProps',
  'src/widget/createMountChatWidget.tsx#MountChatWidgetOptions',
  'src/widget/createMountChatWidget.tsx#ChatWidgetHandle',
  'src/client/types.ts#RuntimeClientOptions',
  'src/client/types.ts#RuntimeClient',
  'src/hooks/ChatProvider.tsx#ChatProviderProps',
  'src/hooks/useChat.ts#UseChatResult',
  'src/hooks/useSession.ts#UseSessionResult',
  'src/hooks/useSessionMessages.ts#UseSessionMessagesOptions',
  'src/hooks/useSessionMessages.ts#UseSessionMessagesResult',
  'src/hooks/useSessionStatus.ts#UseSessionStatusOptions',
  'src/hooks/useSessionStatus.ts#UseSessionStatusResult',
  'src/hooks/useExecuteMessage.ts#UseExecuteMessageOptions',
  'src/hooks/useExecuteMessage.ts#UseExecuteMessageResult',
  'src/proxy/types.ts#RuntimeProxyOptions',
]

/** The names in the first column of each table after `<!-- api: marker -->` (a method's name, without its call). */
function tablesNames(marker: string): string[][] {
  const tag = `<!-- api: ${marker} -->`
  const starts = [...DOCS.matchAll(new RegExp(tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map(
    (match) => match.index,
  )
  if (starts.length === 0) throw new Error(`no page has a table marked ${tag}`)
  return starts.map((start) => tableAt(start))
}

/** The names of the one table after `<!-- api: marker -->`, or the union when several pages have it. */
function tableNames(marker: string): string[] {
  const tables = tablesNames(marker)
  for (const table of tables.slice(1)) expect(sorted(table), marker).toEqual(sorted(tables[0]!))
  return tables[0]!
}

function tableAt(start: number): string[] {
  const lines = DOCS.slice(start).split('\n')
  const first = lines.findIndex((line) => line.startsWith('|'))
  const end = lines.findIndex((line, index) => index > first && !line.startsWith('|'))
  const table = lines.slice(first + 2, end) // without the header and the separator
  return table.flatMap((row) => {
    const first = row.split(/(?<!\\)\|/)[1] ?? ''
    return [...first.matchAll(/`([^`(]+)[^`]*`/g)].map((match) => match[1]!.trim())
  })
}

/** The members an interface declares itself (not the ones it inherits). */
function interfaceMembers(file: string, name: string): string[] {
  const path = resolve(ROOT, file)
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
  const declaration = source.statements.find(
    (statement): statement is ts.InterfaceDeclaration =>
      ts.isInterfaceDeclaration(statement) && statement.name.text === name,
  )
  if (!declaration) throw new Error(`${file} declares no interface ${name}`)
  return declaration.members.flatMap((member) => (member.name ? [member.name.getText(source)] : []))
}

/** Every `--acw-*` a page may set: the tokens of tokens.css, and those the stylesheets read with a fallback. */
function themeVariables(): string[] {
  const styles = [
    'tokens',
    'widget',
    'thread',
    'message',
    'tools',
    'composer',
    'attachments',
    'banner',
    'status',
  ]
  const css = styles.map((name) => readFileSync(resolve(ROOT, `src/styles/${name}.css`), 'utf8')).join('\n')
  const tokens = readFileSync(resolve(ROOT, 'src/styles/tokens.css'), 'utf8')
  const declared = [...tokens.matchAll(/(--acw-[\w-]+)\s*:/g)].map((match) => match[1]!)
  const withFallback = [...css.matchAll(/var\((--acw-[\w-]+)\s*,/g)].map((match) => match[1]!)
  const shadowOnly = readFileSync(resolve(ROOT, 'src/widget/shadowStyles.ts'), 'utf8').includes('--acw-rem')
    ? ['--acw-rem']
    : []
  return [...declared, ...withFallback, ...shadowOnly]
}

const sorted = (names: Iterable<string>) => [...new Set(names)].sort()

describe('the reference tables of README.md and docs/', () => {
  for (const marker of DOCUMENTED) {
    it(`documents every member of ${marker.split('#')[1]}, and no others`, () => {
      const [file, name] = marker.split('#') as [string, string]
      expect(sorted(tableNames(marker))).toEqual(sorted(interfaceMembers(file, name)))
    })
  }

  it('documents every attribute of <atthene-chat>', () => {
    expect(sorted(tableNames('attributes'))).toEqual(sorted(CHAT_ELEMENT_ATTRIBUTES))
  })

  it('documents every error code', () => {
    expect(sorted(tableNames('error-codes'))).toEqual(sorted(RUNTIME_ERROR_CODES))
  })

  it('documents every --acw-* variable a page may set', () => {
    expect(sorted(tableNames('tokens'))).toEqual(sorted(themeVariables()))
  })

  it('lists only scripts that exist, and the ones a newcomer needs', () => {
    const { scripts } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>
    }
    const listed = tableNames('scripts').map((command) => command.replace(/^npm (run )?/, ''))
    for (const script of listed) expect(Object.keys(scripts)).toContain(script)
    expect(listed).toEqual(
      expect.arrayContaining(['dev', 'test', 'storybook', 'build-storybook', 'bench', 'build']),
    )
  })

  it('has no table marker the test does not know', () => {
    const markers = [...DOCS.matchAll(/<!-- api: ([^ ]+) -->/g)].map((match) => match[1]!)
    expect(sorted(markers)).toEqual(sorted([...DOCUMENTED, 'attributes', 'error-codes', 'tokens', 'scripts']))
  })
})
