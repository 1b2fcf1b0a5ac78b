import { createContext, useContext } from 'react';
import type { CaseFile, CaseStatus } from '../../../shared';
import type { UndoRedo } from '../case-status/use-undo-redo';

/** The case on screen, as last read from disk, and a way to read it again after a change. */
export interface OpenCase {
  readonly file: CaseFile;
  /** True while a re-read is in flight; `file` is then the previous version. */
  readonly refreshing: boolean;
  /** Re-reads the case and its status (access, undo and redo). */
  readonly reload: () => void;
  /** Undefined until the first answer of `case.status` arrives, or when it failed. */
  readonly status: CaseStatus | undefined;
  /** True when another Dossier writes this case: every edit control is disabled. */
  readonly readOnly: boolean;
  readonly undoRedo: UndoRedo;
}

export const CaseContext = createContext<OpenCase | undefined>(undefined);

export function useOpenCase(): OpenCase {
  const openCase = useContext(CaseContext);
  if (!openCase) throw new Error('useOpenCase is used outside a case screen.');
  return openCase;
}
