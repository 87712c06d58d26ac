import { errorResponse } from './responses.ts'

/**
 * The documented auth errors, when `apiKeys` is set: no key or an unknown key is a 401, a key starting with
 * `expired-` is a 401 saying so, a key starting with `forbidden-` is a 403 `permission_error`.
 * `undefined` when the request may go on.
 */
export function checkApiKey(
  apiKeys: readonly string[] | undefined,
  key: string | null,
): Response | undefined {
  if (!apiKeys || apiKeys.length === 0) return undefined
  if (!key) return errorResponse(401, 'authentication_error', 'Authentication credentials were not provided.')
  if (key.startsWith('forbidden-'))
    return errorResponse(
      403,
      'permission_error',
      'This API key does not have permission to perform this action.',
    )
  if (key.startsWith('expired-'))
    return errorResponse(401, 'authentication_error', 'The API key has expired.')
  if (!apiKeys.includes(key)) return errorResponse(401, 'authentication_error', 'Invalid API key.')
  return undefined
}
