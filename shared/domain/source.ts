import { z } from 'zod';
import { edtfDateSchema, optionalText, requiredText, storedFields, timestampSchema } from './common';

export const sourceKinds = [
  'article',
  'report',
  'interview',
  'statement',
  'court-record',
  'social-post',
  'document',
  'other',
] as const;
export const sourceKindSchema = z.enum(sourceKinds);
export type SourceKind = z.infer<typeof sourceKindSchema>;

/** The Admiralty (NATO) scale for the reliability of a source. */
export const reliabilityGrades = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
} as const;
export type Reliability = keyof typeof reliabilityGrades;
export const reliabilitySchema = z.enum(Object.keys(reliabilityGrades) as [Reliability, ...Reliability[]]);

/** Only web addresses are kept; Dossier never fetches them, it shows them as text. */
const urlSchema = z
  .string()
  .trim()
  .max(2048)
  .refine((text) => text === '' || /^https?:\/\/\S+$/i.test(text), 'must be an http:// or https:// address')
  .default('');

export const snapshotSchema = z.object({
  /** The offline text of the source, which quotes point into. */
  text: z.string().max(50_000_000).default(''),
  /** Where the text came from (a URL, a file name, "pasted"). */
  origin: optionalText(2048),
  capturedAt: z.union([timestampSchema, z.literal('')]).default(''),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export const sourceDraftSchema = z.object({
  kind: sourceKindSchema.default('document'),
  title: requiredText(500),
  author: optionalText(300),
  publisher: optionalText(300),
  published: edtfDateSchema,
  accessed: edtfDateSchema,
  url: urlSchema,
  reliability: reliabilitySchema.default('F'),
  snapshot: snapshotSchema.default({ text: '', origin: '', capturedAt: '' }),
});
export type SourceDraft = z.input<typeof sourceDraftSchema>;

export const sourceSchema = sourceDraftSchema.extend(storedFields);
export type Source = z.infer<typeof sourceSchema>;
