declare const __ATTHENE_DEMO__: {
  mode: 'reference' | 'live'
  agentKey: string | null
  sessionId: string | null
}

/** What the dev server tells the page: which backend it serves, and the session or agent to use. */
export const demoConfig = __ATTHENE_DEMO__
