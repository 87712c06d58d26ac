export interface SizeCheck {
  name: string
  entry: string
  external: string[]
  budget: number
  designBudget: number
  why?: string
}
export interface SizeRow extends SizeCheck {
  minified: number
  gzip: number
}
export declare const SIZE_CHECKS: SizeCheck[]
export declare function measure(
  check: Pick<SizeCheck, 'entry' | 'external'>,
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
export declare function breakdown(check: Pick<SizeCheck, 'entry' | 'external'>): Promise<Breakdown>
