import { safeMarkdownImageSrc } from './safeUrl.ts'

/** Props of {@link MarkdownImage}. */
export interface MarkdownImageProps {
  /** The untrusted image URL. */
  src: string | undefined
  /** The alt text, also shown when the image is not rendered. */
  alt: string
  /** Tooltip text. */
  title?: string
  /** Whether images may load at all. */
  allowImages: boolean
}

/** A markdown image: only `https:` and `data:image/*`, never sending a referrer; otherwise its alt text. */
export function MarkdownImage({ src, alt, title, allowImages }: MarkdownImageProps) {
  const safe = allowImages ? safeMarkdownImageSrc(src) : null
  if (safe === null) return alt ? <span className="acw-markdown__image-alt">{alt}</span> : null
  return (
    <img src={safe} alt={alt} title={title} loading="lazy" decoding="async" referrerPolicy="no-referrer" />
  )
}
