export { RuntimeError, isRuntimeError } from './RuntimeError.ts'
export { RUNTIME_ERROR_CODES } from './types.ts'
export type * from './types.ts'
