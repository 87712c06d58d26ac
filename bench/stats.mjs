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
