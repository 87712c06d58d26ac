/** Every query and mutation key of the kit, hierarchical: invalidate a prefix to refresh everything below it. */
export const runtimeKeys = {
  /** Everything of one API. */
  all: (baseUrl: string) => ['atthene', baseUrl] as const,
  /** Everything of one session. */
  session: (baseUrl: string, sessionId: string) => ['atthene', baseUrl, 'session', sessionId] as const,
  /** A session's history (every page size). */
  messages: (baseUrl: string, sessionId: string) =>
    ['atthene', baseUrl, 'session', sessionId, 'messages'] as const,
  /** A session's history read in pages of `pageSize`. */
  messagePages: (baseUrl: string, sessionId: string, pageSize: number) =>
    ['atthene', baseUrl, 'session', sessionId, 'messages', { pageSize }] as const,
  status: (baseUrl: string, sessionId: string) =>
    ['atthene', baseUrl, 'session', sessionId, 'status'] as const,
  /** Creating a session for a source (agent or config), once per `startNew` generation. */
  newSession: (baseUrl: string, source: object, generation: number) =>
    ['atthene', baseUrl, 'new-session', source, generation] as const,
  execute: (baseUrl: string) => ['atthene', baseUrl, 'execute'] as const,
}
