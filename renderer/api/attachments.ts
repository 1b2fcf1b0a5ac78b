import { failure, type AttachFilesRequest, type AttachOutcome, type OpenAttachmentRequest, type OpenOutcome, type Result, type ShellBridge } from '../../shared';
import type { AttachmentTransfer } from './upload';

/** The desktop shell's way: its own open dialog to attach files, the system's viewer to open them. */
export interface NativeAttachments {
  readonly host: 'desktop';
  attachFiles(request: AttachFilesRequest): Promise<Result<AttachOutcome>>;
  openAttachment(request: OpenAttachmentRequest): Promise<Result<OpenOutcome>>;
}

/** How the page's host takes files into a case and gives them back: uploads and downloads, or the shell's own dialogs. */
export type AttachmentHost = AttachmentTransfer | NativeAttachments;

/** A failed IPC call (a closed window, a main process without the handler) becomes a failure value. */
function shellFailure(what: string) {
  return (error: unknown) =>
    failure<never>('internal', `The desktop shell did not answer while ${what} (${String(error)}). Restart Dossier and try again.`);
}

export function desktopAttachments(shell: ShellBridge): NativeAttachments {
  return {
    host: 'desktop',
    attachFiles: (request) => shell.attachFiles(request).catch(shellFailure('attaching files')),
    openAttachment: (request) => shell.openAttachment(request).catch(shellFailure('opening the attachment')),
  };
}
