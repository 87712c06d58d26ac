// The public API report: every name each entry point exports, with its declaration (comments stripped), read
// from the built .d.ts files (dist/types). `node scripts/api-report.mjs` fails when the report in api/ differs
// from the code; `npm run api:update` (builds the types, then runs this with --update) rewrites it.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import ts from 'typescript'

const ROOT = resolve(import.meta.dirname, '..')
const REPORTS = join(ROOT, 'api')
const update = process.argv.includes('--update')

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
/** Entry point (`atthene-chat-kit/headless`) to its .d.ts file, for every export that has types. */
const entries = Object.entries(manifest.exports)
  .filter(([, target]) => typeof target === 'object' && target.types)
  .map(([subpath, target]) => ({
    name: subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`,
    file: subpath === '.' ? 'index' : subpath.slice(2).replaceAll('/', '-'),
    types: join(ROOT, target.types),
  }))

for (const entry of entries) {
  if (!existsSync(entry.types)) {
    console.error(`api-report: ${entry.types} is missing; build the types first (npm run api:update does).`)
    process.exit(1)
  }
}

const program = ts.createProgram(
  entries.map((entry) => entry.types),
  {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  },
)
const checker = program.getTypeChecker()
const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed })

/** One declaration as text, comments stripped; a variable keeps its `const`. */
function print(declaration) {
  const source = declaration.getSourceFile()
  if (ts.isVariableDeclaration(declaration)) {
    return `declare const ${printer.printNode(ts.EmitHint.Unspecified, declaration, source)};`
  }
  return printer
    .printNode(ts.EmitHint.Unspecified, declaration, source)
    .replace(/^export (declare )?/, 'declare ')
    .replace(/^declare (interface|type) /, '$1 ')
}

/** The report of one entry point: its exported names in order, each with its declarations. */
function report(entry) {
  const source = program.getSourceFile(entry.types)
  const module = checker.getSymbolAtLocation(source)
  const exported = checker.getExportsOfModule(module).sort((a, b) => a.name.localeCompare(b.name, 'en'))
  const blocks = exported.map((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
    const declarations = (target.declarations ?? []).map(print)
    const renamed = target.name !== symbol.name ? `// exported as ${symbol.name}\n` : ''
    return `${renamed}${declarations.join('\n')}`
  })
  const names = exported.map((symbol) => symbol.name)
  return [
    `# API report: ${entry.name}`,
    '',
    'Generated from the built .d.ts files by `npm run api:update`; do not edit. A change here is a change of the',
    'public API: review it.',
    '',
    `${names.length} exports: ${names.join(', ')}`,
    '',
    '```ts',
    blocks.join('\n\n'),
    '```',
    '',
  ].join('\n')
}

const expected = new Map(entries.map((entry) => [`${entry.file}.api.md`, report(entry)]))

if (update) {
  mkdirSync(REPORTS, { recursive: true })
  for (const file of readdirSync(REPORTS)) if (!expected.has(file)) rmSync(join(REPORTS, file))
  for (const [file, text] of expected) writeFileSync(join(REPORTS, file), text)
  console.log(`api-report: wrote ${expected.size} reports to api/`)
  process.exit(0)
}

let changed = 0
const present = existsSync(REPORTS) ? readdirSync(REPORTS) : []
for (const file of present) {
  if (!expected.has(file)) {
    console.error(`api-report: api/${file} belongs to no entry point`)
    changed++
  }
}
for (const [file, text] of expected) {
  const current = existsSync(join(REPORTS, file)) ? readFileSync(join(REPORTS, file), 'utf8') : ''
  if (current === text) continue
  changed++
  const before = new Set(current.split('\n'))
  const after = new Set(text.split('\n'))
  console.error(`api-report: the public API of api/${file} changed:`)
  for (const line of current.split('\n')) if (!after.has(line)) console.error(`  - ${line}`)
  for (const line of text.split('\n')) if (!before.has(line)) console.error(`  + ${line}`)
}
if (changed > 0) {
  console.error('If the change is intended, run `npm run api:update` and commit api/.')
  process.exit(1)
}
console.log(`api-report: ${expected.size} entry points match api/`)
