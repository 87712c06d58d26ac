export interface SizeCheck {
  name: string
  entry: string
  external: string[]
  budget: number
  designBudget: number
  why?: string
  /** Bundle with react and react-dom aliased to preact/compat (the standalone chat). */
  preact?: boolean
}
export interface SizeRow extends SizeCheck {
  minified: number
  gzip: number
}
export declare const SIZE_CHECKS: SizeCheck[]
export declare function measure(
  check: Pick<SizeCheck, 'entry' | 'external' | 'preact'>,
): Promise<{ minified: number; gzip: number }>
export declare function measureAll(): Promise<SizeRow[]>
export interface ByteCounts {
  minified: number
  gzip: number
}
export interface EntryPoint {
  name: string
  entry: string
}
export interface EntryRow extends EntryPoint {
  peersExternal: ByteCounts
  peersBundled: ByteCounts
}
export declare const ENTRY_POINTS: EntryPoint[]
export declare function measureEntries(): Promise<EntryRow[]>
export declare function measureStandaloneWidget(): Promise<ByteCounts>
export interface Breakdown {
  /** Gzip bytes each bundled package adds. */
  dependencies: { name: string; gzip: number }[]
  /** Minified bytes of each source folder (`src/components/labels`) or file. */
  sources: { group: string; minified: number }[]
}
export declare function breakdown(check: Pick<SizeCheck, 'entry' | 'external' | 'preact'>): Promise<Breakdown>
export interface ModuleGroups extends ByteCounts {
  /** Each group (a package, `src/components/<folder>`, `src/<folder>`): its minified bytes and estimated gzip share. */
  groups: { name: string; minified: number; gzip: number }[]
}
export declare function moduleGroups(
  check: Pick<SizeCheck, 'entry' | 'external' | 'preact'>,
): Promise<ModuleGroups>
export interface StandaloneCheck {
  name: string
  part: 'loader' | 'chat' | 'catalog' | 'markdown'
  budget: number
  designBudget: number
  why?: string
}
export declare const STANDALONE_CHECKS: StandaloneCheck[]
export interface StandalonePart extends ByteCounts {
  /** The files counted: the part's file and the chunks it imports statically. */
  files: string[]
}
export declare function measureStandalone(): Record<StandaloneCheck['part'], StandalonePart>
export declare function measureStandaloneIn(outDir: string): Record<StandaloneCheck['part'], StandalonePart>
