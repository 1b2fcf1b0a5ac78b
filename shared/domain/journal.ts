import { z } from 'zod';
import { idSchema, timestampSchema } from './common';

/** The collections of a case an edit can change; 'case' is the case's own details. */
export const changeCollections = [
  'case',
  'incidents',
  'sources',
  'quotes',
  'entities',
  'annotations',
  'incidentLinks',
  'attachments',
  'trash',
  'redactionProfiles',
] as const;
export type ChangeCollection = (typeof changeCollections)[number];

/** One object's state before and after an edit: null before means created, null after means deleted. */
export const objectChangeSchema = z.object({
  collection: z.enum(changeCollections),
  id: idSchema,
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type ObjectChange = z.infer<typeof objectChangeSchema>;

export const genesisHash = '0'.repeat(64);
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex');

export const recordKinds = ['edit', 'undo', 'redo', 'restore'] as const;

/**
 * One user edit, as the journal and the audit trail keep it. Records form a hash chain: each carries the hash of
 * the one before, and its own hash covers everything else in it, so any change to history breaks the chain.
 */
export const journalRecordSchema = z.object({
  sequence: z.number().int().min(1),
  time: timestampSchema,
  actor: z.string().max(200),
  session: z.string().max(100),
  kind: z.enum(recordKinds),
  label: z.string().max(500),
  /** The record an undo reverses or a redo repeats. */
  target: z.number().int().min(1).optional(),
  changes: z.array(objectChangeSchema).min(1),
  previousHash: sha256Hex,
  hash: sha256Hex,
});
export type JournalRecord = z.infer<typeof journalRecordSchema>;

/** Where a snapshot stands in the chain: the last record it includes. */
export const revisionSchema = z.object({
  sequence: z.number().int().min(0),
  hash: sha256Hex,
});
export type Revision = z.infer<typeof revisionSchema>;
