import { z } from 'zod';
import { idSchema, timestampSchema } from './common';
import { sensitivityField } from './redaction';

/** The Admiralty scale for the credibility of a piece of information. */
export const credibilityGrades = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
} as const;
export type Credibility = keyof typeof credibilityGrades;
export const credibilitySchema = z
  .number()
  .int()
  .min(1, 'must be 1 to 6')
  .max(6, 'must be 1 to 6') as unknown as z.ZodType<Credibility, Credibility>;

/** W3C Web Annotation TextQuoteSelector: the exact passage and a little context either side. */
export const textQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1, 'must not be empty').max(100_000),
  prefix: z.string().max(200).default(''),
  suffix: z.string().max(200).default(''),
});
export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;

/** W3C Web Annotation TextPositionSelector: character offsets into the source's snapshot text. */
export const textPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  })
  .refine((selector) => selector.end > selector.start, { message: 'end must come after start', path: ['end'] });
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;

/**
 * Whether a quote still stands in its source's text. A quote whose text is no longer found where it was, and cannot
 * be placed again without doubt, is orphaned: shown as such everywhere, never printed as verified, never silently
 * re-attached.
 */
export const quoteAnchors = ['anchored', 'orphaned'] as const;

export const quoteSchema = z.object({
  id: idSchema,
  sourceId: idSchema,
  textQuote: textQuoteSelectorSchema,
  textPosition: textPositionSelectorSchema,
  credibility: credibilitySchema,
  incidentIds: z.array(idSchema).max(1000).default([]),
  anchor: z.enum(quoteAnchors).default('anchored'),
  /** Where in the source the passage is, as a reader would cite it: "p. 12", "00:14:32", "para. 4". */
  locator: z.string().trim().max(100).default(''),
  ...sensitivityField,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Quote = z.infer<typeof quoteSchema>;
