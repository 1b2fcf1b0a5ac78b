import { useEffect, useRef, type ChangeEvent } from 'react';
import type { Attachment, AttachmentTarget } from '../../../shared';
import { useApi } from '../../api/context';
import type { AttachmentHost, NativeAttachments } from '../../api/attachments';
import type { AttachmentTransfer } from '../../api/upload';
import { AttachmentRow } from './AttachmentRow';
import { NativeAttachStatus } from './NativeAttachStatus';
import { UploadStatus } from './UploadStatus';
import { useNativeAttach } from './use-native-attach';
import { useUpload } from './use-upload';

interface AttachmentsSectionProps {
  readonly caseId: string;
  readonly target: AttachmentTarget;
  /** The attachments the screen read; those on the target are shown. */
  readonly attachments: readonly Attachment[];
  /** Called once a file is attached, so the screen reads its detail again. */
  readonly onChanged: () => void;
  readonly readOnly?: boolean;
  /** How files travel to and from the host; by default the page's host, if it has a way (tests pass a fake). */
  readonly host?: AttachmentHost;
}

/**
 * The files attached to a source or an incident. In the browser host, "Attach file…" uploads one file with progress
 * and Cancel, and Open downloads; on the desktop, "Attach files…" is the system's own dialog and Open its viewer.
 */
export function AttachmentsSection({ caseId, target, attachments, onChanged, readOnly = false, host: given }: AttachmentsSectionProps) {
  const { attachments: hostAttachments } = useApi();
  const host = given ?? hostAttachments;
  const transfer: AttachmentTransfer | undefined = host?.host === 'browser' ? host : undefined;
  const native: NativeAttachments | undefined = host?.host === 'desktop' ? host : undefined;
  const input = useRef<HTMLInputElement>(null);
  const attachButton = useRef<HTMLButtonElement>(null);
  const upload = useUpload(transfer, caseId, target, onChanged);
  const nativeAttach = useNativeAttach(native, caseId, target, onChanged);
  const shown = attachments.filter((attachment) => attachment.target.kind === target.kind && attachment.target.id === target.id);
  const busy = upload.state.phase === 'sending' || upload.state.phase === 'storing' || nativeAttach.state.phase === 'attaching';
  const headingId = `attachments-${target.kind}-${target.id}`;
  const section = useRef<HTMLElement>(null);
  const wasBusy = useRef(false);

  // When attaching ends, focus returns to the Attach button, unless the user has moved on elsewhere meanwhile.
  useEffect(() => {
    const focused = document.activeElement;
    const focusLost = !focused || focused === document.body || section.current?.contains(focused);
    if (wasBusy.current && !busy && focusLost) attachButton.current?.focus();
    wasBusy.current = busy;
  }, [busy]);

  const chosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after a cancel) still counts as a choice.
    event.target.value = '';
    if (file) await upload.start(file);
  };

  return (
    <section ref={section} aria-labelledby={headingId} className="space-y-3">
      <div className="flex items-center justify-between gap-2">
        <h3 id={headingId} className="text-sm font-semibold">
          Attachments ({shown.length})
        </h3>
        {native && (
          <button ref={attachButton} type="button" className="button" disabled={readOnly || busy} onClick={() => void nativeAttach.start()}>
            Attach files…
          </button>
        )}
        {transfer && (
          <>
            <button ref={attachButton} type="button" className="button" disabled={readOnly || busy} onClick={() => input.current?.click()}>
              Attach file…
            </button>
            <input ref={input} type="file" className="sr-only" tabIndex={-1} aria-hidden="true" onChange={(event) => void chosen(event)} />
          </>
        )}
      </div>
      {shown.length === 0 ? (
        <p className="text-sm text-stone-500">No files attached.</p>
      ) : (
        <ul className="space-y-2">
          {shown.map((attachment) => (
            <AttachmentRow
              key={attachment.id}
              attachment={attachment}
              fileUrl={transfer?.fileUrl(caseId, attachment.id)}
              onOpen={native && (() => native.openAttachment({ caseId, attachmentId: attachment.id }))}
            />
          ))}
        </ul>
      )}
      {transfer && <UploadStatus state={upload.state} onCancel={upload.cancel} />}
      {native && <NativeAttachStatus state={nativeAttach.state} />}
    </section>
  );
}
