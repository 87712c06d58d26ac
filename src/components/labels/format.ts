/** Format a number for a locale (`8,000` in English, `8.000` in German). */
export function formatNumber(value: number, locale: string, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value)
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const

/** Format a byte count with binary steps and the locale's unit names: `512 byte`, `1.5 MB`. */
export function formatFileSize(bytes: number, locale: string): string {
  if (!Number.isFinite(bytes)) return formatNumber(bytes, locale)
  let value = Math.max(0, bytes)
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit += 1
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 || value >= 10 ? 0 : 1,
  }).format(value)
}

/** Format a duration in milliseconds: `350 ms` below a second, else seconds with one decimal. */
export function formatDuration(ms: number, locale: string): string {
  const seconds = ms >= 1000
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: seconds ? 'second' : 'millisecond',
    unitDisplay: 'narrow',
    maximumFractionDigits: seconds ? 1 : 0,
  }).format(seconds ? ms / 1000 : ms)
}
