import type { AnnotationTarget, CaseFile, SearchHit, SearchLocation, Snippet, TextRange } from '../../../shared';
import type { CaseRelations } from './case-relations';
import { recordFields, type SearchRecord } from './search-records';
import { matchedRanges, snippetOf } from './snippets';
import type { QueryWord } from './text-terms';

/** Where a note's target is, and what it is called, as the case stands. */
function targetOf(target: AnnotationTarget, relations: CaseRelations, file: CaseFile): { location: SearchLocation; title: string } {
  switch (target.kind) {
    case 'incident':
      return { location: { kind: 'incident', incidentId: target.id }, title: relations.incident(target.id)?.title ?? 'an incident' };
    case 'source':
      return { location: { kind: 'source', sourceId: target.id }, title: relations.source(target.id)?.title ?? 'a source' };
    case 'quote': {
      const quote = relations.quote(target.id);
      const source = quote && relations.source(quote.sourceId);
      if (!quote) return { location: { kind: 'case' }, title: 'a quote' };
      const location = { kind: 'quote', sourceId: quote.sourceId, quoteId: quote.id, offset: quote.textPosition.start } as const;
      return { location, title: `a quote from ${source?.title ?? 'a source'}` };
    }
    case 'entity':
      return { location: { kind: 'entity', entityId: target.id }, title: relations.entity(target.id)?.name ?? 'an entity' };
    case 'case':
      return { location: { kind: 'case' }, title: file.case.name };
  }
}

/** The title a results list shows for a record, and where opening it goes (before any offset into text). */
function heading(record: SearchRecord, relations: CaseRelations, file: CaseFile): { title: string; location: SearchLocation } {
  switch (record.kind) {
    case 'incident':
      return { title: record.object.title, location: { kind: 'incident', incidentId: record.object.id } };
    case 'source':
    case 'passage':
      return { title: record.object.title, location: { kind: 'source', sourceId: record.object.id } };
    case 'quote': {
      const { id, sourceId, textPosition } = record.object;
      const title = relations.source(sourceId)?.title ?? 'A quote';
      return { title, location: { kind: 'quote', sourceId, quoteId: id, offset: textPosition.start } };
    }
    case 'entity':
      return { title: record.object.name, location: { kind: 'entity', entityId: record.object.id } };
    case 'annotation': {
      const { id, target } = record.object;
      const on = targetOf(target, relations, file);
      return { title: `Note on ${on.title}`, location: { kind: 'annotation', annotationId: id, target, on: on.location } };
    }
  }
}

function hitId(record: SearchRecord): string {
  return record.kind === 'passage' ? `passage:${record.object.id}:${record.passage.start}` : `${record.kind}:${record.object.id}`;
}

/**
 * One result as the UI lists it: its title with the matched words marked, a snippet from the first field that
 * holds a hit (else the start of its text), and where to open it — for a passage, at the hit itself.
 */
export function hitOf(record: SearchRecord, words: readonly QueryWord[], relations: CaseRelations, file: CaseFile): SearchHit {
  const fields = recordFields(record);
  const titleField = fields.find((field) => field.title);
  const body = fields.filter((field) => !field.title && field.text !== '');
  let snippet: Snippet = { text: '', ranges: [] };
  let at: number | undefined;
  for (const field of body) {
    const extract = snippetOf(field.text, words);
    if (snippet.text === '') snippet = extract.snippet;
    if (extract.snippet.ranges.length > 0) {
      snippet = extract.snippet;
      at = extract.at === undefined ? undefined : field.offset + extract.at;
      break;
    }
  }
  const { title, location } = heading(record, relations, file);
  const titleRanges: TextRange[] = titleField ? matchedRanges(title, words) : [];
  const placed: SearchLocation = record.kind === 'passage' ? { kind: 'source', sourceId: record.object.id, offset: at ?? record.passage.start } : location;
  return { id: hitId(record), kind: record.kind, title, titleRanges, snippet, location: placed };
}
