const REDACTED = '[redacted]'

function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}

function base64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/**
 * The base64 text the key always turns into, at each of the three byte alignments it can have inside a longer
 * encoded string (the characters that depend on the neighbouring bytes are left out).
 */
function base64Cores(key: Uint8Array): string[] {
  const cores: string[] = []
  for (let skip = 0; skip < 3; skip++) {
    const whole = key.subarray(skip, skip + Math.floor((key.length - skip) / 3) * 3)
    if (whole.length >= 6) cores.push(base64(whole).replace(/=+$/, ''))
  }
  return cores
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Finds the API key in text in every form the proxy can recognise: as is (any letter case), URL-encoded
 * (partly or every byte), as hex, and inside base64 or base64url at any alignment.
 */
export function createRedactor(apiKey: string): (text: string) => string {
  const bytes = bytesOf(apiKey)
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')
  const everyByte = [...bytes].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('')
  const cores = base64Cores(bytes)
  const forms = new Set([
    apiKey,
    encodeURIComponent(apiKey),
    everyByte,
    hex,
    ...cores,
    ...cores.map((core) => core.replace(/\+/g, '-').replace(/\//g, '_')),
  ])
  const pattern = new RegExp(
    [...forms]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|'),
    'gi',
  )
  return (text) => (text.length < 6 ? text : text.replace(pattern, REDACTED))
}
