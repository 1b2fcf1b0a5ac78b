import { z } from 'zod';
import { idSchema, requiredText, storedFields, timestampSchema } from './common';

export const attachmentTargetKinds = ['source', 'incident'] as const;

export const attachmentTargetSchema = z.object({
  kind: z.enum(attachmentTargetKinds),
  id: idSchema,
});
export type AttachmentTarget = z.infer<typeof attachmentTargetSchema>;

export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex');

/**
 * A file attached to a source or an incident. The file itself lives in the case folder under its SHA-256, so the
 * same file attached twice is stored once and any change to it shows when the case is verified; its original name
 * is kept only to show and to suggest when it is saved elsewhere.
 */
export const attachmentSchema = z.object({
  ...storedFields,
  target: attachmentTargetSchema,
  sha256: sha256Schema,
  name: requiredText(255),
  bytes: z.number().int().min(0),
  mediaType: z.string().trim().max(255).default('application/octet-stream'),
  /** When the file was taken into the case. */
  capturedAt: timestampSchema,
});
export type Attachment = z.infer<typeof attachmentSchema>;
