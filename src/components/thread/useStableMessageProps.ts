import { useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { MessageProps } from '../message/Message.tsx'

/** Props the thread passes to every default `Message`. */
export type ThreadMessageProps = Omit<MessageProps, 'message'>

function shallowEqual(a: object, b: object): boolean {
  const keysA = Object.keys(a)
  if (keysA.length !== Object.keys(b).length) return false
  return keysA.every((key) => Object.is(a[key as keyof typeof a], b[key as keyof typeof b]))
}

/**
 * `messageProps` with a stable identity, so memoized rows skip re-rendering: equal values keep the previous
 * object, and `onRetry` / `onDiscard` become stable wrappers that call the latest handler.
 */
export function useStableMessageProps(props: ThreadMessageProps | undefined): ThreadMessageProps {
  const latest = useRef(props)
  useLayoutEffect(() => {
    latest.current = props
  })
  const hasRetry = props?.onRetry !== undefined
  const hasDiscard = props?.onDiscard !== undefined
  const callbacks = useMemo(
    () => ({
      onRetry: hasRetry ? (key: string) => latest.current?.onRetry?.(key) : undefined,
      onDiscard: hasDiscard ? (key: string) => latest.current?.onDiscard?.(key) : undefined,
    }),
    [hasRetry, hasDiscard],
  )
  const { onRetry: _retry, onDiscard: _discard, ...rest } = props ?? {}
  const [stable, setStable] = useState(rest)
  if (!shallowEqual(stable, rest)) setStable(rest)
  return useMemo(() => ({ ...stable, ...callbacks }), [stable, callbacks])
}
