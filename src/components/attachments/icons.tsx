const svg = {
  width: 16,
  height: 16,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
}

/** Decorative icons; their buttons carry the accessible names. */
export function FileIcon() {
  return (
    <svg {...svg} aria-hidden="true" focusable="false">
      <path d="M14 3H6a1 1 0 0 0-1 1v16a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V8z" />
      <path d="M14 3v5h5" />
    </svg>
  )
}

export function CloseIcon() {
  return (
    <svg {...svg} aria-hidden="true" focusable="false">
      <path d="M6 6l12 12M18 6L6 18" strokeLinecap="round" />
    </svg>
  )
}

export function RetryIcon() {
  return (
    <svg {...svg} aria-hidden="true" focusable="false">
      <path d="M20 12a8 8 0 1 1-2.34-5.66M20 4v5h-5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  )
}
