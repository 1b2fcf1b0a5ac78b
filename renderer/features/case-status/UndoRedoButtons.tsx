import { useOpenCase } from '../workspace/case-context';
import type { UndoRedoKind, UndoRedoPhase } from './use-undo-redo';

const keys: Record<UndoRedoKind, { readonly shown: string; readonly aria: string }> = {
  undo: { shown: 'Ctrl+Z', aria: 'Control+Z Meta+Z' },
  redo: { shown: 'Ctrl+Shift+Z or Ctrl+Y', aria: 'Control+Shift+Z Meta+Shift+Z Control+Y' },
};

function UndoRedoButton({ kind, label, disabled, onRun }: { readonly kind: UndoRedoKind; readonly label: string | undefined; readonly disabled: boolean; readonly onRun: () => void }) {
  const verb = kind === 'undo' ? 'Undo' : 'Redo';
  return (
    <button
      type="button"
      className="button max-w-64"
      disabled={disabled || !label}
      aria-label={label ? `${verb}: ${label}` : verb}
      aria-keyshortcuts={keys[kind].aria}
      title={label ? `${verb}: ${label} (${keys[kind].shown})` : `Nothing to ${kind}`}
      onClick={onRun}
    >
      <span aria-hidden="true">{kind === 'undo' ? '↶' : '↷'}</span>
      <span className="shrink-0">{verb}</span>
      {label && <span className="truncate font-normal text-stone-600">{label}</span>}
    </button>
  );
}

function Outcome({ state }: { readonly state: UndoRedoPhase }) {
  return (
    <>
      <p role="status" className="text-xs text-emerald-700 empty:hidden">
        {state.phase === 'working' && <span className="text-stone-600">{state.kind === 'undo' ? 'Undoing…' : 'Redoing…'}</span>}
        {state.phase === 'done' && `${state.label} — saved.`}
      </p>
      {state.phase === 'failed' && (
        <p role="alert" className="text-xs font-medium text-red-800">
          Not done. {state.error.message}
        </p>
      )}
    </>
  );
}

/** Undo and Redo, each saying what it would do; the outcome is announced beneath them. */
export function UndoRedoButtons() {
  const { undoRedo, readOnly } = useOpenCase();
  const { state, undoLabel, redoLabel, run } = undoRedo;
  const working = state.phase === 'working';
  return (
    <div className="flex min-w-0 flex-col items-end gap-1">
      <div role="group" aria-label="Undo and redo" className="flex gap-2">
        <UndoRedoButton kind="undo" label={undoLabel} disabled={working || readOnly} onRun={() => run('undo')} />
        <UndoRedoButton kind="redo" label={redoLabel} disabled={working || readOnly} onRun={() => run('redo')} />
      </div>
      <Outcome state={state} />
    </div>
  );
}
