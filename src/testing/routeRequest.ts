/** The endpoint groups the runtime counts requests by and targets faults at. */
export type EndpointGroup = 'execute' | 'messages' | 'status' | 'sessions' | 'files' | 'other'

/** A request matched to one operation of the API. */
export type Route =
  | { readonly kind: 'execute' | 'messages' | 'status'; readonly sessionId: string }
  | { readonly kind: 'createSession' | 'listSessions' | 'sessionFromAgentKey' }
  | { readonly kind: 'sessionFromAgentId'; readonly agentId: string }
  | { readonly kind: 'getSession'; readonly sessionId: string }
  | { readonly kind: 'uploadFile' | 'listFiles' }
  | { readonly kind: 'getFile'; readonly fileId: string }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'methodNotAllowed'; readonly allow: string }

const GROUP: Record<Route['kind'], EndpointGroup> = {
  execute: 'execute',
  messages: 'messages',
  status: 'status',
  createSession: 'sessions',
  listSessions: 'sessions',
  sessionFromAgentKey: 'sessions',
  sessionFromAgentId: 'sessions',
  getSession: 'sessions',
  uploadFile: 'files',
  listFiles: 'files',
  getFile: 'files',
  notFound: 'other',
  methodNotAllowed: 'other',
}

/** The endpoint group of a route. */
export function endpointGroup(route: Route): EndpointGroup {
  return GROUP[route.kind]
}

/** The path after the last `/api/v1` (any prefix, trailing slash optional), split into segments. */
function segmentsOf(pathname: string): string[] | undefined {
  const match = /^(?:.*)\/api\/v1(\/.*)?$/.exec(pathname)
  if (!match) return undefined
  try {
    return (match[1] ?? '')
      .split('/')
      .filter((segment) => segment !== '')
      .map((segment) => decodeURIComponent(segment))
  } catch {
    return undefined
  }
}

/** The route a method and path select, given one table of `[method, route]` choices. */
function pick(method: string, choices: Record<string, Route>): Route {
  return choices[method] ?? { kind: 'methodNotAllowed', allow: Object.keys(choices).join(', ') }
}

/** Matches a request to an operation of the Session Runtime API. */
export function routeRequest(method: string, url: URL): Route {
  const segments = segmentsOf(url.pathname)
  if (!segments) return { kind: 'notFound' }
  const [first, second, third, ...rest] = segments
  if (rest.length > 0) return { kind: 'notFound' }
  if (first === 'runtime' && second !== undefined) {
    if (third === 'execute') return pick(method, { POST: { kind: 'execute', sessionId: second } })
    if (third === 'messages') return pick(method, { GET: { kind: 'messages', sessionId: second } })
    if (third === 'status') return pick(method, { GET: { kind: 'status', sessionId: second } })
    return { kind: 'notFound' }
  }
  if (first === 'sessions') {
    if (second === undefined)
      return pick(method, { GET: { kind: 'listSessions' }, POST: { kind: 'createSession' } })
    if (second === 'from-agent' && third === undefined)
      return pick(method, { GET: { kind: 'sessionFromAgentKey' } })
    if (second === 'from-agent')
      return pick(method, { POST: { kind: 'sessionFromAgentId', agentId: third! } })
    if (third === undefined) return pick(method, { GET: { kind: 'getSession', sessionId: second } })
    return { kind: 'notFound' }
  }
  if (first === 'files' && third === undefined) {
    if (second === undefined)
      return pick(method, { GET: { kind: 'listFiles' }, POST: { kind: 'uploadFile' } })
    return pick(method, { GET: { kind: 'getFile', fileId: second } })
  }
  return { kind: 'notFound' }
}
