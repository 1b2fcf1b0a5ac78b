import { useEffect, useRef } from 'react';
import { bytesInWords } from '../../lib/labels';
import type { UploadState } from './use-upload';

interface UploadStatusProps {
  readonly state: UploadState;
  readonly onCancel: () => void;
}

function Sending({ name, sent, total, onCancel }: { name: string; sent: number; total: number; onCancel: () => void }) {
  const cancelButton = useRef<HTMLButtonElement>(null);
  // The Attach button is disabled while a file is sent, so the focus moves to what can be done now.
  useEffect(() => cancelButton.current?.focus(), []);
  const percent = total > 0 ? Math.floor((sent / total) * 100) : 0;
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-md border border-stone-200 bg-stone-50 p-3 text-sm" onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <label className="flex min-w-0 flex-1 flex-col gap-1">
        <span className="truncate">
          Sending “{name}”: {bytesInWords(sent)} of {bytesInWords(total)} ({percent}%)
        </span>
        <progress className="w-full" max={total || 1} value={sent} />
      </label>
      <button ref={cancelButton} type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

/** Where an upload stands: progress with Cancel while sending, then what came of it, in words. */
export function UploadStatus({ state, onCancel }: UploadStatusProps) {
  return (
    <div className="text-sm">
      {state.phase === 'sending' && <Sending {...state} onCancel={onCancel} />}
      <p role="status" aria-live="polite" className={state.phase === 'attached' ? 'text-emerald-700' : 'text-stone-600'}>
        {state.phase === 'storing' && `Storing “${state.name}” in the case…`}
        {state.phase === 'attached' && `Attached “${state.name}”.`}
        {state.phase === 'cancelled' && `Cancelled: “${state.name}” was not attached.`}
      </p>
      {state.phase === 'attached' && state.notice && <p className="mt-1 rounded border border-amber-200 bg-amber-50 px-2.5 py-1.5 text-amber-900">{state.notice}</p>}
      {state.phase === 'failed' && (
        <p role="alert" className="mt-1 rounded border border-red-200 bg-red-50 px-2.5 py-1.5 text-red-800">
          <strong className="font-semibold">“{state.name}” was not attached.</strong> {state.error.message}
        </p>
      )}
    </div>
  );
}
