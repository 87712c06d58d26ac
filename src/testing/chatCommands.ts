import type { Fault } from './types.ts'

/**
 * Commands the reference runtime understands in a message's text, for the demo and Storybook. A `/fail`
 * command fires once per correlation id (so the client's automatic resend succeeds); `/slow` always applies.
 */
export const CHAT_COMMANDS: readonly { readonly command: string; readonly description: string }[] = [
  {
    command: '/fail 429 [s]',
    description: 'Rate limited: 429 with Retry-After in seconds (default 3); not executed',
  },
  {
    command: '/fail 429-date [s]',
    description: 'Rate limited: 429 with Retry-After as an HTTP date; not executed',
  },
  { command: '/fail 404', description: 'Session not found: 404, and the session is deleted' },
  { command: '/fail 500', description: 'Server error: 500 with a {"detail"} body; not executed' },
  { command: '/fail 502', description: 'Bad gateway: 502 with an {"error"} body; not executed' },
  {
    command: '/fail 503 [s]',
    description: 'Unavailable: 503 in plain text with Retry-After (default 2); not executed',
  },
  { command: '/fail hang [ms]', description: 'Executes, but answers only after ms (default 90000)' },
  { command: '/fail policy', description: 'Content policy: 400 content_policy_violation; not executed' },
  { command: '/fail tool', description: 'Executes; a tool call fails (200 with a failed tool call)' },
  { command: '/fail timeout', description: 'Executes; the result has status "timeout" and no reply' },
  { command: '/fail json', description: 'Executes; the 200 body is truncated JSON' },
  { command: '/fail html', description: 'Bad gateway: 502 with an HTML page; not executed' },
  { command: '/fail drop', description: 'Executes, then the connection is dropped before the response' },
  { command: '/slow <ms>', description: 'This message takes ms to execute (every time)' },
]

/** What the commands in a message ask for; `text` is the message without them. */
export interface ParsedChatCommands {
  readonly fault?: Fault
  readonly slowMs?: number
  readonly text: string
}

const FAIL = /(^|\s)\/fail\s+([a-z0-9-]+)(?:\s+(\d+))?(?=\s|$)/i
const SLOW = /(^|\s)\/slow\s+(\d+)(?=\s|$)/i

function faultOf(name: string, value: number | undefined): Fault | undefined {
  switch (name.toLowerCase()) {
    case '429':
      return { kind: 'rate_limit', retryAfterSeconds: value ?? 3 }
    case '429-date':
      return { kind: 'rate_limit', retryAfterSeconds: value ?? 3, asDate: true }
    case '404':
      return { kind: 'session_not_found' }
    case '500':
      return { kind: 'server_error', status: 500 }
    case '502':
      return { kind: 'server_error', status: 502 }
    case '503':
      return { kind: 'server_error', status: 503, retryAfterSeconds: value ?? 2 }
    case 'hang':
      return { kind: 'hang', ms: value ?? 90_000 }
    case 'policy':
      return { kind: 'content_policy' }
    case 'tool':
      return { kind: 'tool_failure' }
    case 'timeout':
      return { kind: 'execution_timeout' }
    case 'json':
      return { kind: 'malformed_json' }
    case 'html':
      return { kind: 'html_error' }
    case 'drop':
      return { kind: 'drop_connection' }
    default:
      return undefined
  }
}

/** Reads the `/fail` and `/slow` commands of a message's text. */
export function parseChatCommands(text: string): ParsedChatCommands {
  let rest = text
  let fault: Fault | undefined
  let slowMs: number | undefined
  const fail = FAIL.exec(rest)
  if (fail) {
    fault = faultOf(fail[2]!, fail[3] === undefined ? undefined : Number(fail[3]))
    if (fault) rest = rest.replace(FAIL, '$1')
  }
  const slow = SLOW.exec(rest)
  if (slow) {
    slowMs = Number(slow[2])
    rest = rest.replace(SLOW, '$1')
  }
  return { ...(fault ? { fault } : {}), ...(slowMs === undefined ? {} : { slowMs }), text: rest.trim() }
}
