/** A response of the proxy before it is written: a fetch `Response` (`toResponse`) or straight to `node:http`. */
export interface ProxyAnswer {
  readonly status: number
  /** Lowercase names. */
  readonly headers: Readonly<Record<string, string>>
  /** `Set-Cookie` values, one per cookie. */
  readonly cookies: readonly string[]
  /** JSON text, or `null` for no body. */
  readonly body: string | null
}

/** The answer as a fetch `Response`. */
export function toResponse(answer: ProxyAnswer): Response {
  const headers = new Headers(answer.headers)
  for (const cookie of answer.cookies) headers.append('set-cookie', cookie)
  return new Response(answer.body, { status: answer.status, headers })
}
