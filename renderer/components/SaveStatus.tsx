import type { SaveState } from '../api';

/**
 * The one place a form says whether its write reached disk. The status line is always in the page, so screen
 * readers announce each change; a failure is an alert with the core's message, and the form keeps its content.
 */
export function SaveStatus({ state }: { readonly state: SaveState }) {
  return (
    <div className="text-sm">
      <p role="status" aria-live="polite" className={state.phase === 'saved' ? 'text-emerald-700' : 'text-stone-600'}>
        {state.phase === 'saving' && 'Saving…'}
        {state.phase === 'saved' && state.message}
      </p>
      {state.phase === 'failed' && (
        <p role="alert" className="mt-1 rounded border border-red-200 bg-red-50 px-2.5 py-1.5 text-red-800">
          <strong className="font-semibold">Not saved.</strong> {state.error.message}
        </p>
      )}
    </div>
  );
}
