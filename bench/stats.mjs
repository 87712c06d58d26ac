// Small statistics for the bench: every timing is reported as its median with min and max.

/** The median of numbers (the mean of the two middle values for an even count); `null` when empty. */
export function median(values) {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Median, min, max and count of the numeric values (`null` / `undefined` are left out). */
export function summarize(values) {
  const numbers = values.filter((value) => typeof value === 'number' && Number.isFinite(value))
  if (numbers.length === 0) return { median: null, min: null, max: null, n: 0 }
  return { median: median(numbers), min: Math.min(...numbers), max: Math.max(...numbers), n: numbers.length }
}

/** The value at quantile `q` (0–1) of ascending numbers, by nearest rank; `null` when empty. */
export function quantile(sorted, q) {
  if (sorted.length === 0) return null
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]
}

/** p50, p90, p99, max and mean of latencies (ms), for the load benches, where tails matter. */
export function latencySummary(values) {
  const sorted = Float64Array.from(values).sort()
  const mean = sorted.length === 0 ? null : sorted.reduce((sum, value) => sum + value, 0) / sorted.length
  return {
    p50: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
    p99: quantile(sorted, 0.99),
    max: quantile(sorted, 1),
    mean,
    n: sorted.length,
  }
}
