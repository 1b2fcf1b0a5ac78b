import { useCallback, useState } from 'react';
import type { AttachmentTarget, Failure, FileNotAttached } from '../../../shared';
import type { AttachedFile } from '../../../shared/operations/attachments';
import type { NativeAttachments } from '../../api/attachments';

export type NativeAttachState =
  | { readonly phase: 'idle' }
  /** The shell's dialog is open, or the chosen files are being copied into the case. */
  | { readonly phase: 'attaching' }
  | { readonly phase: 'done'; readonly attached: readonly AttachedFile[]; readonly failed: readonly FileNotAttached[] }
  /** Nothing was attached: the request itself was refused. */
  | { readonly phase: 'failed'; readonly error: Failure };

/** Attaching through the desktop shell's own dialog: one request at a time, and what came of each chosen file. */
export function useNativeAttach(native: NativeAttachments | undefined, caseId: string, target: AttachmentTarget, onChanged: () => void) {
  const [state, setState] = useState<NativeAttachState>({ phase: 'idle' });
  const attaching = state.phase === 'attaching';
  const start = useCallback(async () => {
    if (!native || attaching) return;
    setState({ phase: 'attaching' });
    const result = await native.attachFiles({ caseId, target });
    if (!result.ok) return setState({ phase: 'failed', error: result.error });
    // A cancelled dialog is the user's answer, not news: nothing is said.
    if ('cancelled' in result.value) return setState({ phase: 'idle' });
    const { attached, failed } = result.value;
    setState({ phase: 'done', attached, failed });
    if (attached.length > 0) onChanged();
  }, [native, attaching, caseId, target, onChanged]);
  return { state, start };
}
