const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${locale ?? ''}|${JSON.stringify(options)}`
  let format = formatters.get(id)
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, options)
    } catch {
      format = new Intl.DateTimeFormat(undefined, options) // an invalid locale tag
    }
    formatters.set(id, format)
  }
  return format
}

/** A message time as `<time>` shows it: ISO for `dateTime`, a short text, and a full text for the tooltip. */
export interface MessageTimeText {
  readonly iso: string
  readonly short: string
  readonly full: string
}

/**
 * Formats a message time for a locale: the time alone when it is on the same day as `now`, else with the date
 * (and the year when it differs). `null` for an invalid time.
 * @example
 * formatMessageTime(Date.UTC(2026, 0, 2, 9, 5), 'en-GB', Date.UTC(2026, 0, 2, 12)) // short: '09:05'
 */
export function formatMessageTime(time: number, locale?: string, now = Date.now()): MessageTimeText | null {
  const date = new Date(time)
  if (!Number.isFinite(time) || Number.isNaN(date.getTime())) return null
  const today = new Date(now)
  const sameYear = today.getFullYear() === date.getFullYear()
  const sameDay = sameYear && today.toDateString() === date.toDateString()
  const short = formatter(locale, {
    ...(sameDay ? {} : { month: 'short', day: 'numeric' }),
    ...(sameYear ? {} : { year: 'numeric' }),
    hour: 'numeric',
    minute: '2-digit',
  }).format(date)
  const full = formatter(locale, { dateStyle: 'full', timeStyle: 'short' }).format(date)
  return { iso: date.toISOString(), short, full }
}
