// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { matchRoute } from '../../src/proxy/matchRoute.ts'

describe('matchRoute', () => {
  // Request URLs arrive with dot segments resolved; the id check still refuses them on its own.
  it.each([['.'], ['..'], ['a/b'], ['a%2Fb'], ['a\\b'], ['a b'], ['x'.repeat(201)]])(
    'refuses %s as an id',
    (id) => {
      expect(matchRoute('GET', ['runtime', id, 'status']).kind).toBe('none')
    },
  )

  it('accepts opaque ids: UUIDs, prefixes, dots inside', () => {
    for (const id of ['820d6859-1c2b-4f3e-9a55-0c3f9f1e2b3a', 'sess_abc123xyz', 'v1.2', 'object:ab~c']) {
      expect(matchRoute('GET', ['runtime', id, 'status'])).toMatchObject({
        kind: 'route',
        route: { name: 'status', sessionId: id },
      })
    }
  })

  it('reads from-agent as the literal, never as a session id', () => {
    expect(matchRoute('GET', ['sessions', 'from-agent'])).toMatchObject({
      route: { name: 'createSessionFromAgentKey' },
    })
    expect(matchRoute('POST', ['sessions', 'from-agent', 'a1'])).toMatchObject({
      route: { name: 'createSessionFromAgent', agentId: 'a1' },
    })
  })
})
