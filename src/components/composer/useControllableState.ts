import { useCallback, useState } from 'react'

/** Options of `useControllableState`. */
export interface ControllableStateOptions<T> {
  /** The value, when the parent controls it; `undefined` means uncontrolled. */
  readonly value?: T
  /** The initial value when uncontrolled. */
  readonly defaultValue: T
  /** Called with every new value, controlled or not. */
  readonly onChange?: (value: T) => void
}

/**
 * State that is controlled when `value` is given and internal otherwise, with one setter for both.
 * @example
 * const [text, setText] = useControllableState({ value, defaultValue: '', onChange: onValueChange })
 */
export function useControllableState<T>({
  value,
  defaultValue,
  onChange,
}: ControllableStateOptions<T>): readonly [T, (next: T) => void] {
  const [internal, setInternal] = useState(defaultValue)
  const isControlled = value !== undefined
  const setValue = useCallback(
    (next: T) => {
      if (!isControlled) setInternal(next)
      onChange?.(next)
    },
    [isControlled, onChange],
  )
  return [isControlled ? value : internal, setValue] as const
}
