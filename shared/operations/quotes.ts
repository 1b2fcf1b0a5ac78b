import type { CaseFile } from '../domain/case-file';
import type { Incident } from '../domain/incident';
import type { ObjectChange } from '../domain/journal';
import type { Quote } from '../domain/quote';
import { textQuoteSelectorSchema } from '../domain/quote';
import { selectorsFor } from '../domain/selectors';
import { failure, success, type Result } from '../result';
import { created, updated } from './changes';
import { timestamp, type Environment, type Operation } from './environment';
import { findIndex } from './references';

/** What a user decides about a quote; the passage itself is chosen once, by selecting it. */
export type QuoteJudgement = Pick<Quote, 'credibility' | 'incidentIds' | 'locator'>;

/** A new quote: the passage text[start, end) of a source's snapshot, and what the user decides about it. */
export interface QuoteFields extends QuoteJudgement {
  readonly sourceId: string;
  readonly start: number;
  readonly end: number;
}

/** Most a quoted passage may hold: what the TextQuote selector stores. */
const longestPassage = textQuoteSelectorSchema.shape.exact.maxLength ?? 100_000;
/** Most sources an incident may cite: what the incident schema allows. */
const mostSourcesPerIncident = 1000;

/** The start of a quote's text, for labels and reports: at most `length` characters. */
export function quoteExcerpt(exact: string, length = 60): string {
  return exact.length > length ? `${exact.slice(0, length - 1)}…` : exact;
}

const whitespace = /\s/u;

/**
 * The selection text[start, end) without the whitespace around it, or undefined when nothing else is selected.
 * Selecting by mouse often takes a space or a line break at either end; a quote should start and end on words.
 */
export function trimmedPassage(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let first = Math.max(0, start);
  let last = Math.min(text.length, end);
  while (first < last && whitespace.test(text[first]!)) first += 1;
  while (last > first && whitespace.test(text[last - 1]!)) last -= 1;
  return last > first ? { start: first, end: last } : undefined;
}

function choosePassage(text: string, start: number, end: number): Result<{ start: number; end: number }> {
  if (end > text.length || start >= end) {
    return failure(
      'invalid-input',
      `The selection ${start}–${end} does not lie within the source's text of ${text.length} characters; select the passage again.`,
    );
  }
  const passage = trimmedPassage(text, start, end);
  if (!passage) return failure('invalid-input', 'The selection holds only spaces or line breaks: select the words to quote.');
  const length = passage.end - passage.start;
  if (length > longestPassage) {
    return failure('invalid-input', `The selection is ${length} characters long; a quote holds at most ${longestPassage}. Select a shorter passage.`);
  }
  return success(passage);
}

/** The incidents named, each once, in the order given; refuses any the case does not hold. */
function namedIncidents(file: CaseFile, incidentIds: readonly string[]): Result<Incident[]> {
  const unique = [...new Set(incidentIds)];
  const byId = new Map(file.incidents.map((incident) => [incident.id, incident]));
  const missing = unique.findIndex((id) => !byId.has(id));
  if (missing >= 0) {
    return failure('invalid-input', `quote.incidentIds names an incident this case does not hold ("${unique[missing]}"); it may have been deleted.`);
  }
  return success(unique.map((id) => byId.get(id)!));
}

/**
 * An incident supported by a quote relies on the quote's source, so the source is added to the incidents that do
 * not list it yet: otherwise the incident's sources (and the printed source register) would miss it. Unlinking a
 * quote never removes the source, because the user may have cited it there for other reasons.
 */
function citeSource(incidents: readonly Incident[], sourceId: string, now: string): Result<{ changes: ObjectChange[]; titles: string[] }> {
  const changes: ObjectChange[] = [];
  const titles: string[] = [];
  for (const incident of incidents) {
    if (incident.sourceIds.includes(sourceId)) continue;
    if (incident.sourceIds.length >= mostSourcesPerIncident) {
      return failure('invalid-input', `Incident “${incident.title}” already cites ${mostSourcesPerIncident} sources, the most it can; remove one before linking this quote to it.`);
    }
    const citing: Incident = { ...incident, sourceIds: [...incident.sourceIds, sourceId], updatedAt: now };
    changes.push(updated('incidents', incident, citing));
    titles.push(incident.title);
  }
  return success({ changes, titles });
}

function incidentsPhrase(count: number): string {
  return count === 1 ? '1 incident' : `${count} incidents`;
}

function citedPhrase(titles: readonly string[]): string {
  if (titles.length === 0) return '';
  const names = titles.length === 1 ? `incident “${titles[0]}”` : `${titles.length} incidents`;
  return `; its source added to the sources of ${names}`;
}

/** Makes a quote of text[start, end) of a source in one step: both W3C selectors, credibility and incidents. */
export function createQuote(file: CaseFile, fields: QuoteFields, environment: Environment): Operation<Quote> {
  const sourceIndex = findIndex(file, 'sources', fields.sourceId);
  if (!sourceIndex.ok) return sourceIndex;
  const source = file.sources[sourceIndex.value]!;
  const passage = choosePassage(source.snapshot.text, fields.start, fields.end);
  if (!passage.ok) return passage;
  const incidents = namedIncidents(file, fields.incidentIds);
  if (!incidents.ok) return incidents;
  const now = timestamp(environment);
  const cited = citeSource(incidents.value, source.id, now);
  if (!cited.ok) return cited;
  const quote: Quote = {
    id: environment.newId(),
    sourceId: source.id,
    ...selectorsFor(source.snapshot.text, passage.value.start, passage.value.end),
    credibility: fields.credibility,
    incidentIds: incidents.value.map((incident) => incident.id),
    anchor: 'anchored',
    locator: fields.locator,
    createdAt: now,
    updatedAt: now,
  };
  const supporting = quote.incidentIds.length > 0 ? `, supporting ${incidentsPhrase(quote.incidentIds.length)}` : '';
  return success({
    value: quote,
    label: `Quoted “${quoteExcerpt(quote.textQuote.exact)}” from source “${source.title}”${supporting}${citedPhrase(cited.value.titles)}`,
    changes: [created('quotes', quote), ...cited.value.changes],
  });
}

/** Refuses to unlink a quote from an incident whose claims cite it: the claim would lose its evidence silently. */
function claimsCiting(incidents: readonly Incident[], quoteId: string): Result<true> {
  for (const incident of incidents) {
    const claim = incident.claims.find((candidate) => candidate.quoteIds.includes(quoteId));
    if (claim) {
      return failure(
        'invalid-input',
        `The claim “${quoteExcerpt(claim.text)}” of incident “${incident.title}” cites this quote; take the quote off the claim before unlinking the quote from that incident.`,
      );
    }
  }
  return success(true);
}

/** Edits what the user decided about a quote; its passage and selectors stay as they are. */
export function updateQuote(file: CaseFile, quoteId: string, fields: QuoteJudgement, environment: Environment): Operation<Quote> {
  const index = findIndex(file, 'quotes', quoteId);
  if (!index.ok) return index;
  const before = file.quotes[index.value]!;
  const incidents = namedIncidents(file, fields.incidentIds);
  if (!incidents.ok) return incidents;
  const kept = new Set(incidents.value.map((incident) => incident.id));
  const unlinked = file.incidents.filter((incident) => before.incidentIds.includes(incident.id) && !kept.has(incident.id));
  const claims = claimsCiting(unlinked, quoteId);
  if (!claims.ok) return claims;
  const now = timestamp(environment);
  const linked = incidents.value.filter((incident) => !before.incidentIds.includes(incident.id));
  const cited = citeSource(linked, before.sourceId, now);
  if (!cited.ok) return cited;
  const quote: Quote = { ...before, ...fields, incidentIds: [...kept], updatedAt: now };
  const linking = [
    linked.length > 0 ? `linked to ${incidentsPhrase(linked.length)}` : '',
    unlinked.length > 0 ? `unlinked from ${incidentsPhrase(unlinked.length)}` : '',
  ].filter(Boolean);
  return success({
    value: quote,
    label: `Edited quote “${quoteExcerpt(quote.textQuote.exact)}”${linking.length > 0 ? `: ${linking.join(', ')}` : ''}${citedPhrase(cited.value.titles)}`,
    changes: [updated('quotes', before, quote), ...cited.value.changes],
  });
}
