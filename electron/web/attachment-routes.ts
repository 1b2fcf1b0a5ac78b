import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rm, stat, type FileHandle } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { attachmentTargetKinds, failure, idSchema, mediaTypeFor, parseInput, sanitizeAttachmentName, type Attachment, type Result } from '../../shared';
import { attachmentRoutes, maximumAttachmentSize, type AttachmentLocation } from '../../shared/channels/attachments';
import type { Core } from '../core';
import { securityHeaders } from '../hosting/security-headers';
import { refuseUnread, send } from './responses';
import { checkToken, checkTokenInQuery } from './request-guard';

export interface AttachmentRouteOptions {
  readonly core: Core;
  readonly token: string;
  /** A private folder for uploads on their way into the core; each is removed once the core has copied it. */
  readonly uploadFolder: string;
  readonly maximumUploadBytes: number;
}

const uploadQuery = z.object({
  caseId: idSchema,
  kind: z.enum(attachmentTargetKinds),
  id: idSchema,
  name: z.string().max(4096, 'must be at most 4096 characters').default(''),
});
const downloadQuery = z.object({ caseId: idSchema, attachmentId: idSchema });

const uploadName = /^(\d+)-[0-9a-f]{16}\.upload$/;

function tooLarge(response: ServerResponse): void {
  refuseUnread(response, 413, failure('invalid-input', `The file is larger than ${maximumAttachmentSize}, the most an attachment may be; nothing was attached.`));
}

async function writeWhole(handle: FileHandle, chunk: Buffer): Promise<void> {
  let offset = 0;
  while (offset < chunk.length) offset += (await handle.write(chunk, offset, chunk.length - offset)).bytesWritten;
}

/**
 * The request body, streamed to a private temp file (never held in memory) and counted as it comes; a body over
 * the limit, or one the browser abandons (Cancel), leaves no file behind.
 */
async function receive(request: IncomingMessage, options: AttachmentRouteOptions): Promise<{ path: string } | { tooLarge: true }> {
  await mkdir(options.uploadFolder, { recursive: true, mode: 0o700 });
  const path = join(options.uploadFolder, `${process.pid}-${randomBytes(8).toString('hex')}.upload`);
  const handle = await open(path, 'wx', 0o600);
  let complete = false;
  try {
    let bytes = 0;
    for await (const chunk of request) {
      bytes += (chunk as Buffer).length;
      if (bytes > options.maximumUploadBytes) return { tooLarge: true };
      await writeWhole(handle, chunk as Buffer);
    }
    complete = true;
    return { path };
  } finally {
    await handle.close();
    if (!complete) await rm(path, { force: true });
  }
}

async function answerUpload(request: IncomingMessage, response: ServerResponse, options: AttachmentRouteOptions, query: URLSearchParams) {
  const refusal = checkToken(request, options.token);
  if (refusal) return refuseUnread(response, refusal.status, { ok: false, error: refusal.error });
  if (request.method !== 'POST') return refuseUnread(response, 405, failure('invalid-input', 'Uploads use POST, with the file as the body.'));
  const parsed = parseInput(uploadQuery, Object.fromEntries(query));
  if (!parsed.ok) return refuseUnread(response, 400, parsed);
  if (Number(request.headers['content-length']) > options.maximumUploadBytes) return tooLarge(response);
  const received = await receive(request, options);
  if ('tooLarge' in received) return tooLarge(response);
  const { caseId, kind, id, name } = parsed.value;
  try {
    const mediaType = request.headers['content-type'] ?? '';
    const result = await options.core.invoke('attachment.import', { caseId, target: { kind, id }, path: received.path, name, mediaType });
    send(response, 200, result);
  } finally {
    await rm(received.path, { force: true });
  }
}

/** RFC 8187's encoding of a header parameter, for names in any script. */
function extendedValue(text: string): string {
  return encodeURIComponent(text).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Always a download, never a page: the name is made safe again (a case file may have been edited by hand), the
 * type is never sniffed, and a sandbox policy keeps anything that renders anyway from running or loading.
 */
export function downloadHeaders(attachment: Attachment, bytes: number): Record<string, string> {
  const name = sanitizeAttachmentName(attachment.name).name;
  const plain = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return {
    ...securityHeaders,
    'Content-Security-Policy': "sandbox; default-src 'none'",
    'X-Content-Type-Options': 'nosniff',
    'Content-Type': mediaTypeFor(name, attachment.mediaType),
    'Content-Length': String(bytes),
    'Content-Disposition': `attachment; filename="${plain}"; filename*=UTF-8''${extendedValue(name)}`,
  };
}

async function answerDownload(request: IncomingMessage, response: ServerResponse, options: AttachmentRouteOptions, query: URLSearchParams) {
  const refusal = checkTokenInQuery(request, query, options.token);
  if (refusal) return send(response, refusal.status, { ok: false, error: refusal.error });
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, failure('invalid-input', 'Downloads use GET.'));
  const parsed = parseInput(downloadQuery, Object.fromEntries(query));
  if (!parsed.ok) return send(response, 400, parsed);
  const located = (await options.core.invoke('attachment.locate', parsed.value)) as Result<AttachmentLocation>;
  if (!located.ok) return send(response, located.error.code === 'not-found' ? 404 : 400, located);
  const { attachment, path } = located.value;
  const found = await stat(path).catch(() => undefined);
  if (!found?.isFile()) {
    const message = `The file of “${attachment.name}” is missing from the case folder. Verify case lists every attachment that changed or went missing.`;
    return send(response, 404, failure('not-found', message));
  }
  response.writeHead(200, downloadHeaders(attachment, found.size));
  if (request.method === 'HEAD') return void response.end();
  await pipeline(createReadStream(path), response);
}

/** Answers the attachment routes of the API; anything else is left to the contract (undefined). */
export function answerAttachmentRoute(request: IncomingMessage, response: ServerResponse, options: AttachmentRouteOptions, route: string, query: URLSearchParams): Promise<void> | undefined {
  if (route === attachmentRoutes.upload) return answerUpload(request, response, options, query);
  if (route === attachmentRoutes.download) return answerDownload(request, response, options, query);
  return undefined;
}

function isRunning(processId: number): boolean {
  if (processId === process.pid) return true;
  try {
    process.kill(processId, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Uploads a killed host left half-received are removed; those of a host still running are its own business. */
export async function clearAbandonedUploads(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const abandoned = names.filter((name) => {
    const owner = uploadName.exec(name)?.[1];
    return owner !== undefined && !isRunning(Number(owner));
  });
  await Promise.all(abandoned.map((name) => rm(join(folder, name), { force: true })));
}
