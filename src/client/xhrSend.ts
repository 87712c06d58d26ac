/**
 * A `fetch`-like transport over `XMLHttpRequest`, the one browser API that reports upload progress.
 * Like `fetch`, it rejects with a `TypeError` on a network failure and an `AbortError` on abort.
 */
export const xhrSend =
  (onProgress?: (fraction: number) => void): typeof fetch =>
  (url, { method, headers, body, signal } = {}) =>
    new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest()
      xhr.open(method!, `${url as string}`)
      new Headers(headers).forEach((value, key) => xhr.setRequestHeader(key, value))
      xhr.upload.onprogress = (event) => event.total && onProgress?.(event.loaded / event.total)
      xhr.onload = () => {
        try {
          const lines = xhr
            .getAllResponseHeaders()
            .split(/[\r\n]+/)
            .filter(Boolean)
          const responseHeaders = lines.map((line) => line.split(/: ?(.*)/, 2) as [string, string])
          resolve(new Response(xhr.responseText || null, { status: xhr.status, headers: responseHeaders }))
        } catch {
          reject(new TypeError('Unreadable response'))
        }
      }
      xhr.onerror = () => reject(new TypeError('Network error'))
      xhr.onabort = () => reject(new DOMException('', 'AbortError'))
      signal?.addEventListener('abort', () => xhr.abort())
      xhr.send(body as XMLHttpRequestBodyInit)
    })
