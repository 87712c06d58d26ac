import { useState, type ComponentPropsWithRef } from 'react'
import { formatMessageTime } from './formatMessageTime.ts'

/** Props of {@link MessageTime}. */
export interface MessageTimeProps extends Omit<ComponentPropsWithRef<'time'>, 'dateTime' | 'children'> {
  /** Milliseconds since the epoch. */
  time: number
  /** BCP 47 locale of the format. @default the browser's */
  locale?: string
}

/**
 * A message's time in a short locale format, with the full date as a tooltip. Renders nothing for an invalid time.
 * @example
 * <MessageTime time={message.createdAt} locale="de" />
 */
export function MessageTime({ time, locale, className, ...props }: MessageTimeProps) {
  const [now] = useState(Date.now)
  const text = formatMessageTime(time, locale, now)
  if (!text) return null
  return (
    <time
      title={text.full}
      {...props}
      className={className ? `acw-message__time ${className}` : 'acw-message__time'}
      dateTime={text.iso}
    >
      {text.short}
    </time>
  )
}
