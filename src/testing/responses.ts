/** A JSON response. */
export function jsonResponse(body: unknown, status = 200, headers?: Record<string, string>): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  })
}

/** An error in the documented envelope: `{"error":{"type","message"}}`. */
export function errorResponse(
  status: number,
  type: string,
  message: string,
  headers?: Record<string, string>,
): Response {
  return jsonResponse({ error: { type, message } }, status, headers)
}

/** An error in the framework's default shape: `{"detail": "..."}`. */
export function detailResponse(status: number, detail: string, headers?: Record<string, string>): Response {
  return jsonResponse({ detail }, status, headers)
}

/** A plain-text error, as a load balancer would send. */
export function textResponse(status: number, text: string, headers?: Record<string, string>): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } })
}

/** A 502 HTML page, as a proxy in front of the API would send. */
export function htmlBadGateway(): Response {
  const html =
    '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>' +
    '<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n'
  return new Response(html, { status: 502, headers: { 'content-type': 'text/html; charset=utf-8' } })
}

/** The 404 of a runtime path whose session does not exist. */
export function sessionNotFound(): Response {
  return detailResponse(404, 'Session not found.')
}

/** A 400 for a request the runtime cannot accept. */
export function invalidRequest(message: string): Response {
  return errorResponse(400, 'invalid_request_error', message)
}
