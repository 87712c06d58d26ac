import type { ErrorTone } from './errorPresentation.ts'

const PATHS: Record<ErrorTone, string> = {
  error: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7.5v5.5M12 16.2v.3',
  warning: 'M12 3.5l9 16H3zM12 9.5v4.5M12 17v.3',
  info: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 11v5.5M12 7.7v.3',
}

/** The banner's decorative tone icon; the title carries the meaning. */
export function BannerIcon({ tone }: { tone: ErrorTone }) {
  return (
    <svg
      className="acw-banner__icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[tone]}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}
