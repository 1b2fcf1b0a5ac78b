import type { z } from 'zod';
import { reanchor, type AnchorOutcome } from '../domain/anchoring';
import type { CaseFile } from '../domain/case-file';
import type { ObjectChange } from '../domain/journal';
import type { Quote } from '../domain/quote';
import type { Source, sourceDraftSchema } from '../domain/source';
import { success } from '../result';
import { created, updated } from './changes';
import { timestamp, type Environment, type Operation } from './environment';
import { quoteExcerpt } from './quotes';
import { findIndex } from './references';

export { createQuote, quoteExcerpt, trimmedPassage, updateQuote, type QuoteFields, type QuoteJudgement } from './quotes';

/** A source's fields after validation, every default filled in; its id and timestamps are the core's to assign. */
export type SourceFields = z.output<typeof sourceDraftSchema>;

/** A quote named in a re-anchoring report, with enough of its text to recognise it. */
export interface ReanchoredQuote {
  readonly quoteId: string;
  readonly excerpt: string;
}

/** What re-checking a source's quotes against its new text did to them; quotes that simply stayed are not listed. */
export interface ReanchoringReport {
  /** How many quotes of the source were checked (0 when its text did not change). */
  readonly checked: number;
  readonly moved: readonly ReanchoredQuote[];
  /** Quotes that were anchored before this edit and no longer are. */
  readonly orphaned: readonly ReanchoredQuote[];
  /** Quotes orphaned before whose text is back exactly where it was. */
  readonly restored: readonly ReanchoredQuote[];
  /** Quotes orphaned before that still are. */
  readonly stillOrphaned: readonly ReanchoredQuote[];
}

export interface SourceUpdate {
  readonly source: Source;
  readonly reanchoring: ReanchoringReport;
}

function reported(quote: Quote): ReanchoredQuote {
  return { quoteId: quote.id, excerpt: quoteExcerpt(quote.textQuote.exact, 120) };
}

export function createSource(_file: CaseFile, fields: SourceFields, environment: Environment): Operation<Source> {
  const now = timestamp(environment);
  const source: Source = { ...fields, id: environment.newId(), createdAt: now, updatedAt: now };
  return success({ value: source, label: `Created source “${source.title}”`, changes: [created('sources', source)] });
}

interface Rechecked {
  readonly report: ReanchoringReport;
  readonly changes: ObjectChange[];
}

/** Places every quote of the source in its new text; only the quotes that changed become changes. */
function recheckQuotes(file: CaseFile, sourceId: string, text: string, now: string): Rechecked {
  const lists: Record<AnchorOutcome, ReanchoredQuote[]> = { kept: [], moved: [], orphaned: [], restored: [], 'still-orphaned': [] };
  const changes: ObjectChange[] = [];
  let checked = 0;
  for (const quote of file.quotes) {
    if (quote.sourceId !== sourceId) continue;
    checked += 1;
    const { outcome, quote: placed } = reanchor(quote, text);
    if (outcome !== 'kept') lists[outcome].push(reported(quote));
    if (placed === quote) continue;
    const changed: Quote = { ...placed, updatedAt: now };
    changes.push(updated('quotes', quote, changed));
  }
  const { moved, orphaned, restored } = lists;
  return { report: { checked, moved, orphaned, restored, stillOrphaned: lists['still-orphaned'] }, changes };
}

function counted(count: number, what: string): string {
  return `${count} ${count === 1 ? 'quote' : 'quotes'} ${what}`;
}

/** "Edited source “X”; its text changed: 2 quotes moved, 1 quote orphaned". */
function updateLabel(title: string, textChanged: boolean, report: ReanchoringReport): string {
  const label = `Edited source “${title}”`;
  if (!textChanged) return label;
  if (report.checked === 0) return `${label}; its text changed`;
  const parts = [
    report.moved.length > 0 ? counted(report.moved.length, 'moved') : '',
    report.orphaned.length > 0 ? counted(report.orphaned.length, 'orphaned') : '',
    report.restored.length > 0 ? counted(report.restored.length, 'found in place again') : '',
  ].filter(Boolean);
  const outcome = parts.length > 0 ? parts.join(', ') : report.checked === 1 ? 'its quote still in place' : `all ${report.checked} quotes still in place`;
  return `${label}; its text changed: ${outcome}`;
}

/**
 * Edits a source. When its snapshot text changes, every quote of the source is placed in the new text in the same
 * edit, so undoing it puts back both the old text and the quotes as they were.
 */
export function updateSource(file: CaseFile, sourceId: string, fields: SourceFields, environment: Environment): Operation<SourceUpdate> {
  const index = findIndex(file, 'sources', sourceId);
  if (!index.ok) return index;
  const before = file.sources[index.value]!;
  const now = timestamp(environment);
  const source: Source = { ...before, ...fields, updatedAt: now };
  const textChanged = before.snapshot.text !== source.snapshot.text;
  const rechecked: Rechecked = textChanged
    ? recheckQuotes(file, sourceId, source.snapshot.text, now)
    : { report: { checked: 0, moved: [], orphaned: [], restored: [], stillOrphaned: [] }, changes: [] };
  return success({
    value: { source, reanchoring: rechecked.report },
    label: updateLabel(source.title, textChanged, rechecked.report),
    changes: [updated('sources', before, source), ...rechecked.changes],
  });
}
