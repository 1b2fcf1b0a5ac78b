import { createContext, useContext } from 'react';
import type { CaseFile } from '../../../shared';

/** The case on screen, as last read from disk, and a way to read it again after a change. */
export interface OpenCase {
  readonly file: CaseFile;
  /** True while a re-read is in flight; `file` is then the previous version. */
  readonly refreshing: boolean;
  readonly reload: () => void;
}

export const CaseContext = createContext<OpenCase | undefined>(undefined);

export function useOpenCase(): OpenCase {
  const openCase = useContext(CaseContext);
  if (!openCase) throw new Error('useOpenCase is used outside a case screen.');
  return openCase;
}
