import type { BodyReader } from './proxyRequest.ts'

/** Bytes of request bodies being held at once, shared by all requests of one proxy. */
export interface ByteBudget {
  /** Takes `bytes` from the budget; `false` (and nothing taken) when it would overflow. */
  reserve(bytes: number): boolean
  release(bytes: number): void
}

/** A budget of `limit` bytes. */
export function createByteBudget(limit: number): ByteBudget {
  let used = 0
  return {
    reserve(bytes) {
      if (used + bytes > limit) return false
      used += bytes
      return true
    },
    release(bytes) {
      used = Math.max(0, used - bytes)
    },
  }
}

/** The body, or why there is none. `reserved` bytes of the budget are held until the caller releases them. */
export type BodyResult =
  | { readonly kind: 'ok'; readonly body: Uint8Array<ArrayBuffer>; readonly reserved: number }
  | { readonly kind: 'too_large' | 'timeout' | 'busy' }

/**
 * Reads a request body up to `maxBytes`, before `deadline` (a `Date.now()` time), holding its bytes in `budget`.
 * The `announced` length (`Content-Length`, `NaN` when there is none) is checked and reserved before anything is
 * read.
 */
export async function readLimitedBody(
  announced: number,
  reader: BodyReader | null,
  maxBytes: number,
  deadline: number,
  budget: ByteBudget,
): Promise<BodyResult> {
  if (announced > maxBytes) return { kind: 'too_large' }
  if (!reader) return { kind: 'ok', body: new Uint8Array(0), reserved: 0 }
  let reserved = Number.isFinite(announced) ? announced : 0
  if (!budget.reserve(reserved)) return { kind: 'busy' }
  let timer: ReturnType<typeof setTimeout> | undefined
  const expired = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), Math.max(0, deadline - Date.now()))
  })
  const fail = (kind: 'too_large' | 'timeout' | 'busy'): BodyResult => {
    budget.release(reserved)
    reader.cancel()
    return { kind }
  }
  try {
    const chunks: Uint8Array[] = []
    let size = 0
    for (;;) {
      const next = await Promise.race([reader.read(), expired])
      if (next === 'timeout') return fail('timeout')
      if (next === undefined) break
      size += next.byteLength
      if (size > maxBytes) return fail('too_large')
      if (size > reserved) {
        if (!budget.reserve(size - reserved)) return fail('busy')
        reserved = size
      }
      chunks.push(next)
    }
    const body = new Uint8Array(size)
    let offset = 0
    for (const chunk of chunks) {
      body.set(chunk, offset)
      offset += chunk.byteLength
    }
    return { kind: 'ok', body, reserved }
  } catch {
    // The client went away while sending.
    return fail('timeout')
  } finally {
    clearTimeout(timer)
  }
}
