const PATHS = {
  check: 'M3.5 8.5l3 3 6-7',
  cross: 'M4 4l8 8M12 4l-8 8',
  clock: 'M8 2.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11zM8 5v3.2l2 1.3',
  spinner: 'M8 2.5a5.5 5.5 0 1 0 5.5 5.5',
  alert: 'M8 2.5l6 11H2zM8 7v3M8 11.5v.5',
  file: 'M4 2h5l3 3v9H4zM9 2v3h3',
  more: 'M3.5 8h.01M8 8h.01M12.5 8h.01',
} as const

/** The names of the kit's small line icons. */
export type IconName = keyof typeof PATHS

/** A 16px line icon, hidden from assistive technology: always pair it with text. */
export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={className ? `acw-icon ${className}` : 'acw-icon'}
      data-icon={name}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}
