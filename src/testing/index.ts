export { createMockRuntime } from './createMockRuntime.ts'
export { startMockRuntimeServer } from './startMockRuntimeServer.ts'
export { CHAT_COMMANDS } from './chatCommands.ts'
export { ConnectionDroppedError } from './ConnectionDroppedError.ts'
export type {
  ExecuteShape,
  ExecutionRecord,
  Fault,
  FaultTarget,
  MockRuntime,
  MockRuntimeHandlersOptions,
  MockRuntimeOptions,
  MockRuntimeServer,
  SeedMessage,
  StartMockRuntimeServerOptions,
  ToolCallStyle,
} from './types.ts'
export { referenceRuntimePlugin } from './referenceRuntimePlugin.ts'
export type { ReferenceRuntimePlugin, ReferenceRuntimePluginOptions } from './referenceRuntimePlugin.ts'
