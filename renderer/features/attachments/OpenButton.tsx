import { useState } from 'react';
import type { Failure, OpenOutcome, Result } from '../../../shared';

type Opening = { readonly phase: 'idle' | 'opening' } | { readonly phase: 'shown-in-folder' } | { readonly phase: 'failed'; readonly error: Failure };

interface OpenButtonProps {
  readonly name: string;
  /** The row's name, which the button is described by. */
  readonly describedBy: string;
  readonly onOpen: () => Promise<Result<OpenOutcome>>;
}

/** "Open" on the desktop: the system's viewer shows a read-only copy; why it could not, in words, if it could not. */
export function OpenButton({ name, describedBy, onOpen }: OpenButtonProps) {
  const [opening, setOpening] = useState<Opening>({ phase: 'idle' });
  const open = async () => {
    // Not disabled meanwhile, which would drop the keyboard focus: a second press waits for the first.
    if (opening.phase === 'opening') return;
    setOpening({ phase: 'opening' });
    const result = await onOpen();
    if (!result.ok) setOpening({ phase: 'failed', error: result.error });
    else setOpening({ phase: result.value.openedIn === 'folder' ? 'shown-in-folder' : 'idle' });
  };
  return (
    <span className="flex flex-col items-end gap-1">
      <button type="button" className="button button-quiet px-2 py-0.5 text-xs" aria-describedby={describedBy} aria-busy={opening.phase === 'opening'} onClick={() => void open()}>
        Open
      </button>
      <span aria-live="polite" className="text-xs text-stone-600">
        {opening.phase === 'shown-in-folder' &&
          `“${name}” could run as a program or load web pages if opened, so its read-only copy is shown in its folder instead.`}
      </span>
      {opening.phase === 'failed' && (
        <span role="alert" className="rounded border border-red-200 bg-red-50 px-2 py-1 text-xs text-red-800">
          {opening.error.message}
        </span>
      )}
    </span>
  );
}
