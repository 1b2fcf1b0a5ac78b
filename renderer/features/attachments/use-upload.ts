import { useCallback, useRef, useState } from 'react';
import type { AttachmentTarget, Failure } from '../../../shared';
import type { AttachmentTransfer, Upload } from '../../api/upload';

export type UploadState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'sending'; readonly name: string; readonly sent: number; readonly total: number }
  /** Every byte reached the host; the core is copying the file into the case. */
  | { readonly phase: 'storing'; readonly name: string }
  | { readonly phase: 'attached'; readonly name: string; readonly notice?: string }
  | { readonly phase: 'failed'; readonly name: string; readonly error: Failure }
  | { readonly phase: 'cancelled'; readonly name: string };

/** One upload at a time: its progress, its cancel, and what came of it. */
export function useUpload(transfer: AttachmentTransfer | undefined, caseId: string, target: AttachmentTarget, onChanged: () => void) {
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const current = useRef<Upload | undefined>(undefined);

  const start = useCallback(
    async (file: File) => {
      if (!transfer || current.current) return;
      const { name } = file;
      setState({ phase: 'sending', name, sent: 0, total: file.size });
      const upload = transfer.upload({
        caseId,
        target,
        file,
        onProgress: (sent, total) => setState({ phase: 'sending', name, sent, total }),
        onSent: () => setState({ phase: 'storing', name }),
      });
      current.current = upload;
      const outcome = await upload.outcome;
      current.current = undefined;
      if (outcome.status === 'attached') {
        const { attachment, notice } = outcome.value;
        setState({ phase: 'attached', name: attachment.name, notice });
        onChanged();
      } else if (outcome.status === 'failed') setState({ phase: 'failed', name, error: outcome.error });
      else setState({ phase: 'cancelled', name });
    },
    [transfer, caseId, target, onChanged],
  );

  const cancel = useCallback(() => current.current?.cancel(), []);
  return { state, start, cancel };
}
