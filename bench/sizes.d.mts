export interface SizeCheck {
  name: string
  entry: string
  external: string[]
  budget: number
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
