import { useLocation } from 'react-router';

/** Set in the navigation state by a screen that saved something and moved on, so the next screen can say so. */
export interface SavedNotice {
  readonly saved: string;
}

function savedMessage(state: unknown): string | undefined {
  return typeof state === 'object' && state !== null && typeof (state as SavedNotice).saved === 'string'
    ? (state as SavedNotice).saved
    : undefined;
}

/** Announces what the previous screen saved; empty (and hidden) when it saved nothing. */
export function SavedNoticeLine() {
  const { state } = useLocation();
  return (
    <p role="status" className="px-8 pt-3 text-sm text-emerald-700 empty:hidden">
      {savedMessage(state)}
    </p>
  );
}
