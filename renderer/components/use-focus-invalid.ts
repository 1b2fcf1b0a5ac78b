import { useEffect, useRef } from 'react';
import type { FieldErrors } from '../lib/form-errors';

/** After a refused submit, puts the cursor in the first field marked invalid, so the error is where the user is. */
export function useFocusFirstInvalid(errors: FieldErrors) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);
  return form;
}
