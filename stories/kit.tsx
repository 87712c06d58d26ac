import { QueryClient } from '@tanstack/react-query'
import type { Decorator, StoryContext } from '@storybook/react-vite'
import type { ReactNode } from 'react'
import { createMockRuntime, type MockRuntime, type MockRuntimeOptions } from '../src/testing/index.ts'
import { createMockRuntimeHandlers } from '../src/testing/msw.ts'

/** Where the connected stories' client sends requests; MSW hands them to the reference runtime. */
export const BASE_URL = '/api/v1'

/** What `parameters.runtime` may set: the reference runtime's options, on top of the story defaults. */
export type RuntimeParameters = MockRuntimeOptions

/** What the connected stories' loader provides in `context.loaded`. */
export interface ConnectedLoaded {
  readonly runtime: MockRuntime
  readonly queryClient: QueryClient
}

/** Defaults of every story runtime: sessions made on first use, short but visible latency. */
const RUNTIME_DEFAULTS: MockRuntimeOptions = { autoCreateSessions: true, latencyMs: 120, readLatencyMs: 30 }

/**
 * A fresh reference runtime and a fresh React Query client per story, served through MSW (`context.msw` is set
 * by the preview's `mswLoader`, which runs before component loaders). Options come from `parameters.runtime`.
 */
export function connectedLoader(context: Pick<StoryContext, 'parameters' | 'msw'>): ConnectedLoaded {
  const options = (context.parameters.runtime ?? {}) as RuntimeParameters
  const runtime = createMockRuntime({ ...RUNTIME_DEFAULTS, ...options })
  context.msw.use(...createMockRuntimeHandlers(runtime, { baseUrl: BASE_URL }))
  const queryClient = new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } })
  return { runtime, queryClient }
}

/** The loaded runtime and query client of a connected story. */
export function connected(context: Pick<StoryContext, 'loaded'>): ConnectedLoaded {
  return context.loaded as ConnectedLoaded
}

/** A 375 px wide column, the width of a small phone. */
export const narrow: Decorator = (Story) => (
  <div className="sb-narrow">
    <Story />
  </div>
)

/** A fixed-height frame for components that scroll themselves (the thread); off with `parameters.frame: false`. */
export const framed: Decorator = (Story, { parameters }) =>
  parameters.frame === false ? (
    <Story />
  ) : (
    <div className="sb-frame">
      <Story />
    </div>
  )

/** One labelled cell of an AllStates grid. */
export function Cell({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="sb-grid__cell">
      <p className="sb-grid__label">{label}</p>
      {children}
    </div>
  )
}

/** The AllStates grid. */
export function Grid({ children }: { children: ReactNode }) {
  return <div className="sb-grid">{children}</div>
}
