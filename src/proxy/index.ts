export { createRuntimeProxy } from './createRuntimeProxy.ts'
export { toNodeHandler } from './toNodeHandler.ts'
export type { NodeRequestLike, NodeResponseLike } from './toNodeHandler.ts'
export type * from './types.ts'
