/** A UUID; a random string where `crypto.randomUUID` is missing (pages served over plain http). */
export const randomId = (): string =>
  globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
