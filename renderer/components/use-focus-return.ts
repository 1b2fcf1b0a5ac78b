import { useEffect, useRef, type RefObject } from 'react';

/**
 * When a form opened in place closes (saved or cancelled), the control that opened it would be gone or far from the
 * focus: the keyboard goes back to `control`, not to the top of the page, ready for the next one.
 */
export function useFocusReturn(open: boolean, control: RefObject<HTMLElement | null>): void {
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) control.current?.focus();
    wasOpen.current = open;
  }, [open, control]);
}
