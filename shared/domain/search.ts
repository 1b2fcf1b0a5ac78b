import edtf from 'edtf';
import { z } from 'zod';
import type { AnnotationTarget } from './annotation';
import { edtfDateSchema, idSchema } from './common';
import { isEdtfDate } from './dates';
import { incidentStatusSchema } from './incident';
import { credibilitySchema } from './quote';
import { reliabilitySchema } from './source';

/**
 * What a search finds, grouped in this order. A source's own details (title, author, publisher) and the passages
 * of its offline text are separate kinds, so a hit deep in a long text shows where it is.
 */
export const searchKinds = ['incident', 'source', 'passage', 'quote', 'entity', 'annotation'] as const;
export const searchKindSchema = z.enum(searchKinds);
export type SearchKind = z.infer<typeof searchKindSchema>;

/** The earliest and latest instants (ms since 1970) a date can mean; an open end is ±Infinity. */
export interface DateBounds {
  readonly min: number;
  readonly max: number;
}

const commonDate = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?[?~%]?$/;
const knownBounds = new Map<string, DateBounds | undefined>();
const knownBoundsLimit = 50_000;

/** An instant in UTC; unlike Date.UTC, years 0–99 stay as written. */
function utc(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}

/** A year, month or day, possibly uncertain or approximate: the bounds without the parser (a quarter ms a call). */
function commonBounds(text: string): DateBounds | undefined {
  const match = commonDate.exec(text);
  if (!match || !isEdtfDate(text)) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]) - 1;
  const day = match[3] === undefined ? undefined : Number(match[3]);
  const start = utc(year, month ?? 0, day ?? 1);
  const end = day !== undefined ? utc(year, month!, day + 1) : month !== undefined ? utc(year, month + 1, 1) : utc(year + 1, 0, 1);
  return { min: start, max: end - 1 };
}

/** An interval of two common dates ("2019-03-14/2019-03-20"), or one open at its end ("2019/.."), without the parser. */
function intervalBounds(text: string): DateBounds | undefined {
  const [from, to, ...rest] = text.split('/');
  if (from === undefined || to === undefined || rest.length > 0) return undefined;
  const start = commonBounds(from);
  const end = to === '..' || to === '' ? { min: Number.POSITIVE_INFINITY, max: Number.POSITIVE_INFINITY } : commonBounds(to);
  // Anything else, and an interval that ends before it starts, is for the parser to judge.
  return start && end && start.min < end.min ? { min: start.min, max: end.max } : undefined;
}

function parsedDateBounds(text: string): DateBounds | undefined {
  try {
    const parsed = edtf(text) as { min: number | null; max: number | null };
    return { min: parsed.min ?? Number.NEGATIVE_INFINITY, max: parsed.max ?? Number.POSITIVE_INFINITY };
  } catch {
    return undefined;
  }
}

/**
 * Every instant an EDTF date may mean: "2019-03?" is all of March 2019, "2019/2021-03" runs to the end of March
 * 2021, "2019/.." never ends. Undefined for the empty string or anything that is not a date. A date filter asks
 * this of every object of a large case, whose dates repeat: answers are kept.
 */
export function edtfBounds(text: string): DateBounds | undefined {
  if (text === '') return undefined;
  if (knownBounds.has(text)) return knownBounds.get(text);
  const bounds = commonBounds(text) ?? intervalBounds(text) ?? parsedDateBounds(text);
  if (knownBounds.size >= knownBoundsLimit) knownBounds.clear();
  knownBounds.set(text, bounds);
  return bounds;
}

export const searchFiltersSchema = z
  .object({
    /** Every tag listed must be present (compared without regard to case). */
    tags: z.array(z.string().trim().min(1, 'must not be empty').max(64, 'must be at most 64 characters')).max(20).default([]),
    /** Any of these statuses. */
    status: z.array(incidentStatusSchema).max(3).default([]),
    /** Any of these source grades. */
    reliability: z.array(reliabilitySchema).max(6).default([]),
    /** Any of these information grades. */
    credibility: z.array(credibilitySchema).max(6).default([]),
    entityId: idSchema.optional(),
    /** EDTF dates; a date overlapping the range passes, so "2019?" passes a range from 2019-06. Empty means open. */
    dateFrom: edtfDateSchema,
    dateTo: edtfDateSchema,
  })
  .refine(
    ({ dateFrom, dateTo }) => {
      const from = edtfBounds(dateFrom);
      const to = edtfBounds(dateTo);
      return !from || !to || from.min <= to.max;
    },
    { message: 'must not be before the start of the range', path: ['dateTo'] },
  );
export type SearchFilters = z.output<typeof searchFiltersSchema>;
export type SearchFiltersInput = z.input<typeof searchFiltersSchema>;

/** What the user typed and chose; the index answers as of the case's current state. */
export const searchQuerySchema = z.object({
  caseId: idSchema,
  text: z.string().max(200, 'must be at most 200 characters').default(''),
  /** Which kinds to look in; all of them when absent. */
  kinds: z.array(searchKindSchema).min(1, 'must name at least one kind').max(searchKinds.length).optional(),
  filters: searchFiltersSchema.default({ tags: [], status: [], reliability: [], credibility: [], dateFrom: '', dateTo: '' }),
  /** How many hits to return in each kind; the totals count them all. */
  limit: z.number().int().min(1).max(100).default(20),
});
export type SearchQuery = z.output<typeof searchQuerySchema>;
export type SearchQueryInput = z.input<typeof searchQuerySchema>;

/** A stretch of a text by character offsets [start, end), for the UI to highlight without HTML. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** A few lines around a hit, with the matched words' ranges as offsets into `text`. */
export interface Snippet {
  readonly text: string;
  readonly ranges: readonly TextRange[];
}

/** Where a hit takes the user: the object to open, and for text in a source, the character offset of the hit. */
export type SearchLocation =
  | { readonly kind: 'case' }
  | { readonly kind: 'incident'; readonly incidentId: string }
  | { readonly kind: 'source'; readonly sourceId: string; readonly offset?: number }
  | { readonly kind: 'quote'; readonly sourceId: string; readonly quoteId: string; readonly offset: number }
  | { readonly kind: 'entity'; readonly entityId: string }
  /** A note opens where it is written: on its target. */
  | { readonly kind: 'annotation'; readonly annotationId: string; readonly target: AnnotationTarget; readonly on: SearchLocation };

export interface SearchHit {
  /** Unique among the hits of an answer (a passage is named by its source and offset). */
  readonly id: string;
  readonly kind: SearchKind;
  readonly title: string;
  readonly titleRanges: readonly TextRange[];
  readonly snippet: Snippet;
  readonly location: SearchLocation;
}

export interface SearchGroup {
  readonly kind: SearchKind;
  /** Every match of this kind, of which `hits` are the best `limit`. */
  readonly total: number;
  readonly hits: readonly SearchHit[];
}

export interface SearchAnswer {
  /** One group per kind asked for, in the order of `searchKinds`, empty ones included. */
  readonly groups: readonly SearchGroup[];
  /** The words searched for, as the index keeps them; very common words ("the", "of") are left out. */
  readonly words: readonly string[];
  /**
   * Words being typed that begin more words of the case than one keystroke can follow ("co" in a large case): the
   * answer covers their shortest completions, and a letter more covers them all.
   */
  readonly narrowed?: readonly string[];
  /** While the case is still being indexed (the first search in a large case): how far it got. The answer covers only that much. */
  readonly indexing?: { readonly done: number; readonly total: number };
}
