import type { ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * A link that starts an edit. When the case is read-only it stays in place as a disabled button, so the layout
 * does not shift and the banner above explains why.
 */
export function EditLink({ to, disabled, className = 'button', children }: { readonly to: string; readonly disabled: boolean; readonly className?: string; readonly children: ReactNode }) {
  if (disabled) {
    return (
      <button type="button" className={className} disabled title="This case is read-only here">
        {children}
      </button>
    );
  }
  return (
    <Link className={className} to={to}>
      {children}
    </Link>
  );
}
