/**
 * What `MockRuntime.handle` rejects with when the connection is dropped on purpose (fault `drop_connection`).
 * A `TypeError`, like the one `fetch` rejects with on a network failure; the Node server destroys the socket,
 * the MSW handlers answer `Response.error()`.
 */
export class ConnectionDroppedError extends TypeError {
  override readonly name = 'ConnectionDroppedError'

  constructor() {
    super('fetch failed: the reference runtime dropped the connection')
  }
}
