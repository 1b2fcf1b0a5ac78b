import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import type { CaseStatus, Failure } from '../../../shared';
import { useApi, useMenuCommands } from '../../api';

export type UndoRedoKind = 'undo' | 'redo';

export type UndoRedoPhase =
  | { readonly phase: 'idle' }
  | { readonly phase: 'working'; readonly kind: UndoRedoKind }
  /** `label` is the core's account of what it did, e.g. "Undid: Edited incident “X”". */
  | { readonly phase: 'done'; readonly label: string }
  | { readonly phase: 'failed'; readonly error: Failure };

export interface UndoRedo {
  readonly state: UndoRedoPhase;
  /** What Undo would do now; undefined when there is nothing to undo or the case is read-only. */
  readonly undoLabel: string | undefined;
  readonly redoLabel: string | undefined;
  readonly run: (kind: UndoRedoKind) => void;
}

const idle: UndoRedoPhase = { phase: 'idle' };

/**
 * Undo and redo of the case's edits, through the core (which journals them as new records). After each, the case
 * and its status are read again, so the screen shows the state that reached disk.
 */
export function useUndoRedo(caseId: string, status: CaseStatus | undefined, reload: () => void): UndoRedo {
  const { call } = useApi();
  const [state, setState] = useState<{ readonly caseId: string; readonly phase: UndoRedoPhase }>();
  const busy = useRef(false);
  const writable = status?.access.mode === 'write';
  const undoLabel = writable ? status.undo : undefined;
  const redoLabel = writable ? status.redo : undefined;
  const run = useCallback(
    async (kind: UndoRedoKind) => {
      if (busy.current || !(kind === 'undo' ? undoLabel : redoLabel)) return;
      busy.current = true;
      setState({ caseId, phase: { phase: 'working', kind } });
      const result = await call(kind === 'undo' ? 'case.undo' : 'case.redo', { caseId });
      busy.current = false;
      setState({ caseId, phase: result.ok ? { phase: 'done', label: result.value.label } : { phase: 'failed', error: result.error } });
      reload();
    },
    [call, caseId, undoLabel, redoLabel, reload],
  );
  const shown = state?.caseId === caseId ? state.phase : idle;
  return useMemo(() => ({ state: shown, undoLabel, redoLabel, run: (kind: UndoRedoKind) => void run(kind) }), [shown, undoLabel, redoLabel, run]);
}

/** Ctrl/Cmd+Z undoes; Ctrl/Cmd+Shift+Z and Ctrl+Y redo. */
export function shortcutOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): UndoRedoKind | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return undefined;
}

const nonTextInputs = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color', 'image']);

/** Text fields keep their own undo; a dialog asking a question is not the place to change the case behind it. */
function leftAlone(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target.closest('dialog')) return true;
  return target instanceof HTMLInputElement && !nonTextInputs.has(target.type);
}

/**
 * Listens for the undo and redo shortcuts anywhere on the page while the case is open, and for the desktop menu's
 * Undo and Redo, which take the shortcut before the page sees it: in a text field those undo typing.
 */
export function useUndoRedoShortcuts(run: (kind: UndoRedoKind) => void): void {
  useMenuCommands((command) => {
    if (command !== 'undo' && command !== 'redo') return;
    if (leftAlone(document.activeElement)) document.execCommand(command);
    else run(command);
  });
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const kind = shortcutOf(event);
    if (!kind || event.defaultPrevented || leftAlone(event.target)) return;
    event.preventDefault();
    run(kind);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
