import { z } from 'zod';
import { errorCodes, httpProtocol, type AttachmentTarget, type Failure, type Result } from '../../shared';
import { attachmentRoutes, maximumAttachmentBytes, maximumAttachmentSize } from '../../shared/channels/attachments';
import type { AttachedFile } from '../../shared/operations/attachments';

export type UploadOutcome =
  | { readonly status: 'attached'; readonly value: AttachedFile }
  | { readonly status: 'failed'; readonly error: Failure }
  | { readonly status: 'cancelled' };

export interface UploadRequest {
  readonly caseId: string;
  readonly target: AttachmentTarget;
  readonly file: File;
  /** Bytes sent so far of all there are to send. */
  readonly onProgress?: (sent: number, total: number) => void;
  /** Every byte has reached the host; the core is now copying the file into the case, which cannot be cancelled. */
  readonly onSent?: () => void;
}

export interface Upload {
  readonly outcome: Promise<UploadOutcome>;
  /** Stops sending: the host removes what it received, and nothing is attached. */
  readonly cancel: () => void;
}

/** How files reach the case and come back out: where the host has a way to do so. */
export interface AttachmentTransfer {
  readonly host: 'browser';
  readonly upload: (request: UploadRequest) => Upload;
  /** An address that downloads the attachment's file under its name. */
  readonly fileUrl: (caseId: string, attachmentId: string) => string;
}

export interface BrowserTransferOptions {
  readonly token: string;
  /** Prefix of the API path; empty means the page's own origin. */
  readonly baseUrl?: string;
  /** Injected so tests can stand in for the network. */
  readonly createRequest?: () => XMLHttpRequest;
}

const resultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.object({ attachment: z.object({ id: z.string(), name: z.string() }).loose() }).loose() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.enum(errorCodes), message: z.string() }) }),
]);

const hostAdvice = 'Check that the "npm run web" process is still running, then try again.';

function outcomeOf(request: XMLHttpRequest): UploadOutcome {
  let body: unknown;
  try {
    body = JSON.parse(request.responseText);
  } catch {
    return { status: 'failed', error: { code: 'internal', message: `The local host answered the upload with status ${request.status} but no readable result. ${hostAdvice}` } };
  }
  const parsed = resultSchema.safeParse(body);
  if (!parsed.success) return { status: 'failed', error: { code: 'internal', message: `The local host answered the upload with something that is not a result. ${hostAdvice}` } };
  const result = parsed.data as Result<AttachedFile>;
  return result.ok ? { status: 'attached', value: result.value } : { status: 'failed', error: result.error };
}

/** Refused before anything was sent. */
function refused(error: Failure): Upload {
  return { outcome: Promise.resolve({ status: 'failed', error }), cancel: () => {} };
}

/**
 * The browser host's upload: XMLHttpRequest rather than fetch, since only it reports upload progress. The body is
 * the file itself, so the browser streams it from disk and the host streams it to disk.
 */
export function browserTransfer(options: BrowserTransferOptions): AttachmentTransfer {
  const { token, baseUrl = '', createRequest = () => new XMLHttpRequest() } = options;
  const route = (name: string, query: Record<string, string>) => `${baseUrl}${httpProtocol.apiPath}${name}?${new URLSearchParams(query)}`;
  const upload = ({ caseId, target, file, onProgress, onSent }: UploadRequest): Upload => {
    if (!token) return refused({ code: 'unauthorized', message: 'This page was opened without its access token. Open the full address that "npm run web" printed.' });
    if (file.size > maximumAttachmentBytes) {
      return refused({ code: 'invalid-input', message: `“${file.name}” is larger than ${maximumAttachmentSize}, the most an attachment may be; nothing was sent.` });
    }
    const request = createRequest();
    const outcome = new Promise<UploadOutcome>((settle) => {
      request.upload.addEventListener('progress', (event) => onProgress?.(event.loaded, event.lengthComputable ? event.total : file.size));
      request.upload.addEventListener('load', () => onSent?.());
      request.addEventListener('load', () => settle(outcomeOf(request)));
      request.addEventListener('error', () => settle({ status: 'failed', error: { code: 'internal', message: `Dossier could not reach its local host. ${hostAdvice}` } }));
      request.addEventListener('abort', () => settle({ status: 'cancelled' }));
    });
    request.open('POST', route(attachmentRoutes.upload, { caseId, kind: target.kind, id: target.id, name: file.name }));
    request.setRequestHeader(httpProtocol.tokenHeader, token);
    request.setRequestHeader('content-type', file.type || 'application/octet-stream');
    request.send(file);
    return { outcome, cancel: () => request.abort() };
  };
  return {
    host: 'browser',
    upload,
    fileUrl: (caseId, attachmentId) => route(attachmentRoutes.download, { caseId, attachmentId, [httpProtocol.tokenQuery]: token }),
  };
}
