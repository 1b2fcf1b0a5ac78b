import { z } from 'zod';
import { attachmentTargetSchema, type Attachment } from '../domain/attachment';
import { idSchema, requiredText } from '../domain/common';
import type { AttachedFile } from '../operations/attachments';
import { returns } from './returns';

/** Larger files are refused: a case folder is copied and backed up whole, and 2 GB is already a long copy. */
export const maximumAttachmentBytes = 2 * 1024 ** 3;
export const maximumAttachmentSize = '2 GB';

/**
 * The browser host's two HTTP routes for attachment bytes, beside `POST /api/<channel>`: the body of an upload is the
 * file itself (streamed, never buffered), and a download is a plain GET a browser can follow, so it carries the
 * token in its query (as the printed URL does) instead of a header.
 */
export const attachmentRoutes = {
  /** `POST /api/attachment.upload?caseId=…&kind=source|incident&id=…&name=…`, the raw bytes as the body. */
  upload: 'attachment.upload',
  /** `GET /api/attachment.file?caseId=…&attachmentId=…&token=…` */
  download: 'attachment.file',
} as const;

/** POSIX (`/home/…`), Windows drive (`C:\…`) or UNC (`\\server\share\…`) paths: a relative path depends on where the core runs. */
const absolutePathSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(4096, 'must be at most 4096 characters')
  .refine((path) => !path.includes('\u0000'), 'must not contain a NUL character')
  .refine((path) => /^(\/|[A-Za-z]:[\\/]|\\\\[^\\])/.test(path), 'must be an absolute path to a file');

const caseReference = z.object({ caseId: idSchema });

/** Where an attachment's file is on this machine, for the host that serves or opens it (never for a web page). */
export interface AttachmentLocation {
  readonly attachment: Attachment;
  readonly path: string;
}

/** Files attached to sources and incidents: stored in the case folder under their SHA-256, named as the user named them. */
export const attachmentChannels = {
  /**
   * Copies a file on this machine into the case and attaches it. Only hosts call this: the desktop shell with the
   * path its open dialog returned, the browser host with the upload it received (`name` and `mediaType` then say
   * what the browser sent, since the path is a temporary file).
   */
  'attachment.import': {
    input: caseReference.extend({
      target: attachmentTargetSchema,
      path: absolutePathSchema,
      name: z.string().max(4096).optional(),
      mediaType: z.string().max(255).optional(),
    }),
    output: returns<AttachedFile>(),
  },
  'attachment.rename': {
    input: caseReference.extend({ attachmentId: idSchema, name: requiredText(255) }),
    output: returns<Attachment>(),
  },
  'attachment.list': { input: caseReference.extend({ target: attachmentTargetSchema }), output: returns<readonly Attachment[]>() },
  /** Only hosts call this, to serve or open the file; it answers a path on this machine. */
  'attachment.locate': { input: caseReference.extend({ attachmentId: idSchema }), output: returns<AttachmentLocation>() },
} as const;

/** Channels that take or give paths on this machine: hosts call them, a web page never may. */
export const hostOnlyAttachmentChannels: ReadonlySet<string> = new Set(['attachment.import', 'attachment.locate']);
