// @vitest-environment node
import { build, type Metafile } from 'esbuild'
import { describe, expect, it } from 'vitest'

/** Every input of the entry chunk and of the chunks it imports statically: what loads before anything is used. */
function initialInputs(metafile: Metafile): string[] {
  const outputs = metafile.outputs
  const entry = Object.keys(outputs).find((name) => outputs[name]!.entryPoint === 'src/index.ts')!
  const seen = new Set<string>()
  const visit = (name: string) => {
    if (seen.has(name)) return
    seen.add(name)
    for (const item of outputs[name]!.imports)
      if (item.kind === 'import-statement' && outputs[item.path]) visit(item.path)
  }
  visit(entry)
  return [...seen].flatMap((name) => Object.keys(outputs[name]!.inputs))
}

describe('the code highlighter is not in the initial bundle', () => {
  it('bundles @speed-highlight/core and highlightCode.ts only into chunks loaded by dynamic import', async () => {
    const result = await build({
      entryPoints: ['src/index.ts'],
      bundle: true,
      splitting: true,
      format: 'esm',
      write: false,
      outdir: 'out',
      metafile: true,
      logLevel: 'silent',
      external: [
        'react',
        'react-dom',
        'react/*',
        'react-dom/*',
        '@tanstack/react-query',
        'zustand',
        'react-dropzone',
      ],
    })
    const initial = initialInputs(result.metafile)
    expect(initial).toContain('src/components/markdown/CodeBlock.tsx')
    expect(initial.filter((input) => /speed-highlight|highlightCode/.test(input))).toEqual([])
    const all = Object.values(result.metafile.outputs).flatMap((output) => Object.keys(output.inputs))
    expect(all).toContain('src/components/markdown/highlightCode.ts')
    expect(all.some((input) => input.includes('@speed-highlight/core/dist/languages/py.js'))).toBe(true)
  })
})
