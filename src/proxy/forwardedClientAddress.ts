/**
 * The client's address behind `trustedProxies` reverse proxies that each append the address they were reached from
 * to `X-Forwarded-For`: that many entries from the right of the chain (the header's entries, then the socket's
 * address). Entries further left are whatever the client sent, so they are never used; with fewer entries than
 * trusted proxies, the leftmost one. `0` trusts no header: the socket's address.
 */
export function forwardedClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | null,
  trustedProxies: number,
): string | undefined {
  if (trustedProxies === 0 || !forwardedFor) return socketAddress
  const chain = forwardedFor
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (socketAddress) chain.push(socketAddress)
  return chain[Math.max(0, chain.length - 1 - trustedProxies)]
}
