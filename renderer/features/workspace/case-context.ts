import { createContext, useContext } from 'react';
import type { CaseOutline, CaseStatus, Channel, ChannelInput, ChannelOutput } from '../../../shared';
import { useChannel, type Loaded } from '../../api';
import type { UndoRedo } from '../case-status/use-undo-redo';

/** The case on screen, as last read from disk: its outline, and a way to read it again after a change. */
export interface OpenCase {
  readonly outline: CaseOutline;
  /** Counts the edits seen in this window; every read of the case's detail is repeated when it moves. */
  readonly revision: number;
  /** Re-reads the outline, the status (access, undo and redo) and the detail the screen shows. */
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

/** Reads part of the open case (an incident, a source), and reads it again whenever the case is reloaded. */
export function useCaseDetail<C extends Channel>(channel: C, input: ChannelInput<C>): Loaded<ChannelOutput<C>> {
  const { revision } = useOpenCase();
  const [loaded] = useChannel(channel, input, revision);
  return loaded;
}
