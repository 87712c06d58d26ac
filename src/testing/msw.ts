export { createMockRuntimeHandlers } from './createMockRuntimeHandlers.ts'
export type { MockRuntimeHandlersOptions } from './types.ts'
