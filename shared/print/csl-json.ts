import type { Reliability, Source, SourceKind } from '../domain/source';

/**
 * CSL-JSON, the input format of citation processors and reference managers (schema: citation-style-language/schema,
 * csl-data.json). Only the fields Dossier fills are typed. The schema allows no property of its own beyond these:
 * anything Dossier's own goes in `custom`.
 */
export type CslType =
  | 'article'
  | 'article-newspaper'
  | 'document'
  | 'interview'
  | 'legal_case'
  | 'post'
  | 'report'
  | 'speech';

/** A name kept exactly as recorded: Dossier holds authors as free text (people, agencies, any script). */
export interface CslName {
  readonly literal: string;
}

export interface CslDate {
  readonly 'date-parts'?: readonly (readonly number[])[];
  readonly season?: number;
  readonly circa?: boolean;
  readonly literal?: string;
}

export interface CslCustom {
  readonly dossierId: string;
  readonly kind: SourceKind;
  readonly reliability: Reliability;
  /** The dates as Dossier holds them (EDTF), since CSL's date model cannot say everything EDTF can. */
  readonly published?: string;
  readonly accessed?: string;
}

export interface CslItem {
  readonly id: string;
  readonly type: CslType;
  readonly title: string;
  readonly genre?: string;
  readonly author?: readonly CslName[];
  readonly publisher?: string;
  readonly 'container-title'?: string;
  readonly authority?: string;
  readonly issued?: CslDate;
  readonly accessed?: CslDate;
  readonly URL?: string;
  readonly custom: CslCustom;
}

const cslTypes: Record<SourceKind, CslType> = {
  article: 'article-newspaper',
  report: 'report',
  interview: 'interview',
  statement: 'speech',
  'court-record': 'legal_case',
  'social-post': 'post',
  document: 'document',
  other: 'document',
};

/** Where the publisher goes: an article's or post's outlet is the container, a court is the authority. */
const publisherFields: Record<CslType, 'publisher' | 'container-title' | 'authority'> = {
  article: 'container-title',
  'article-newspaper': 'container-title',
  post: 'container-title',
  legal_case: 'authority',
  document: 'publisher',
  interview: 'publisher',
  report: 'publisher',
  speech: 'publisher',
};

/** CSL has no "statement" type; a speech with this genre is the closest and prints the word. */
const genres: Partial<Record<SourceKind, string>> = { statement: 'Statement' };

const qualifiedDate = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?([?~%])?$/;

/** EDTF seasons 21–24 are CSL seasons 1–4 (spring, summer, autumn, winter). */
function seasonOf(month: number): number | undefined {
  return month >= 21 && month <= 24 ? month - 20 : undefined;
}

interface DatePoint {
  readonly parts: readonly number[];
  readonly season?: number;
  readonly circa: boolean;
}

function datePoint(text: string): DatePoint | undefined {
  const match = qualifiedDate.exec(text);
  if (!match) return undefined;
  const [, year, month, day, qualifier] = match;
  const circa = qualifier !== undefined;
  const monthNumber = Number(month);
  const season = month === undefined ? undefined : seasonOf(monthNumber);
  if (season !== undefined) return day === undefined ? { parts: [Number(year)], season, circa } : undefined;
  if (month !== undefined && (monthNumber < 1 || monthNumber > 12)) return undefined;
  const parts = [year, month, day].filter((part) => part !== undefined).map(Number);
  return { parts, circa };
}

/**
 * An EDTF date as a CSL date: a year, month or day (uncertain or approximate ones marked `circa`, seasons as
 * `season`) or a closed range of them as two date-parts; any other form (open ranges, "201X", sets) is kept as
 * written in `literal`, which processors print unchanged, so nothing is rounded into a false precision.
 */
export function toCslDate(edtf: string): CslDate | undefined {
  const text = edtf.trim();
  if (text === '') return undefined;
  const ends = text.split('/');
  const points = ends.map(datePoint);
  const single = ends.length === 1 && points[0];
  if (single) {
    return {
      'date-parts': [single.parts],
      ...(single.season !== undefined && { season: single.season }),
      ...(single.circa && { circa: true }),
    };
  }
  const [start, end] = points;
  if (ends.length === 2 && start && end && start.season === undefined && end.season === undefined) {
    return { 'date-parts': [start.parts, end.parts], ...((start.circa || end.circa) && { circa: true }) };
  }
  return { literal: text };
}

/** The day a snapshot was captured, as its own timestamp records it (the offset it was written with). */
function captureDay(capturedAt: string): string {
  return /^\d{4}-\d{2}-\d{2}/.exec(capturedAt)?.[0] ?? '';
}

export function toCslItem(source: Source): CslItem {
  const type = cslTypes[source.kind];
  const accessed = source.accessed || captureDay(source.snapshot.capturedAt);
  const issuedDate = toCslDate(source.published);
  const accessedDate = toCslDate(accessed);
  const genre = genres[source.kind];
  return {
    id: source.id,
    type,
    title: source.title,
    ...(genre !== undefined && { genre }),
    ...(source.author !== '' && { author: [{ literal: source.author }] }),
    ...(source.publisher !== '' && { [publisherFields[type]]: source.publisher }),
    ...(issuedDate && { issued: issuedDate }),
    ...(accessedDate && { accessed: accessedDate }),
    ...(source.url !== '' && { URL: source.url }),
    custom: {
      dossierId: source.id,
      kind: source.kind,
      reliability: source.reliability,
      ...(source.published !== '' && { published: source.published }),
      ...(accessed !== '' && { accessed }),
    },
  };
}

/** Every source as a CSL-JSON item, in the order given; the item's id is the source's id. */
export function toCslItems(sources: readonly Source[]): CslItem[] {
  return sources.map(toCslItem);
}
