import { z } from 'zod';
import { idSchema } from '../domain/common';
import { quoteSchema, type Quote } from '../domain/quote';
import { sourceDraftSchema, type Source } from '../domain/source';
import type { SourceUpdate } from '../operations/sources';
import { returns } from './returns';

/** What a user decides about a quote, with the same limits the stored quote has. */
export const quoteJudgementSchema = quoteSchema.pick({ credibility: true, incidentIds: true, locator: true });
export type QuoteJudgementDraft = z.input<typeof quoteJudgementSchema>;

/** A new quote: the selected passage of a source's text by character offsets, and the user's judgement of it. */
export const quoteDraftSchema = quoteJudgementSchema.extend({
  sourceId: idSchema,
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type QuoteDraft = z.input<typeof quoteDraftSchema>;

const caseReference = z.object({ caseId: idSchema });

/** Sources and their snapshot texts, and the quotes taken from them. */
export const sourceChannels = {
  'source.create': { input: caseReference.extend({ source: sourceDraftSchema }), output: returns<Source>() },
  /** The answer says which quotes moved or were orphaned when the snapshot text changed. */
  'source.update': {
    input: caseReference.extend({ sourceId: idSchema, source: sourceDraftSchema }),
    output: returns<SourceUpdate>(),
  },
  'quote.create': { input: caseReference.extend({ quote: quoteDraftSchema }), output: returns<Quote>() },
  'quote.update': {
    input: caseReference.extend({ quoteId: idSchema, quote: quoteJudgementSchema }),
    output: returns<Quote>(),
  },
} as const;
