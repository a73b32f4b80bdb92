import { useEffect, useRef } from 'react';

/**
 * Moves keyboard and screen-reader focus to an element whenever `value` becomes set, e.g. a
 * "saved" message after a form is sent (the element needs `tabIndex={-1}`).
 */
export function useFocusWhen<E extends HTMLElement = HTMLDivElement>(value: unknown) {
  const ref = useRef<E>(null);
  useEffect(() => {
    if (value) {
      ref.current?.focus();
    }
  }, [value]);
  return ref;
}
