import type { RuntimeProxyRouteName } from './types.ts'

const ID = /^(?!\.{1,2}$)[\w.~:-]{1,200}$/

/** The id of a session the response just created (`session_id`, or `id`), for the routes that create one. */
export function sessionIdOf(route: RuntimeProxyRouteName, json: unknown): string | undefined {
  switch (route) {
    case 'createSession':
    case 'createSessionFromAgent':
    case 'createSessionFromAgentKey': {
      if (json === null || typeof json !== 'object') return undefined
      const { session_id: sessionId, id } = json as { session_id?: unknown; id?: unknown }
      const value = typeof sessionId === 'string' ? sessionId : id
      return typeof value === 'string' && ID.test(value) ? value : undefined
    }
    case 'execute':
    case 'messages':
    case 'status':
    case 'session':
    case 'uploadFile':
      return undefined
    default:
      return route satisfies never
  }
}
