import { describe, expect, it } from 'vitest';
import { searchQuerySchema, type CaseFile, type SearchAnswer, type SearchKind, type SearchQueryInput } from '../../../shared';
import { CaseIndex } from '../../../electron/core/search/case-index';
import { searchCase } from '../../../electron/core/search/case-search';
import { reportText, searchCase as caseForSearch } from './search-case';

async function indexed(file: CaseFile): Promise<CaseIndex> {
  const index = new CaseIndex();
  await index.follow(file);
  return index;
}

function ask(index: CaseIndex, file: CaseFile, query: Omit<SearchQueryInput, 'caseId'>): SearchAnswer {
  return searchCase(index, file, searchQuerySchema.parse({ caseId: file.case.id, ...query }));
}

function ids(answer: SearchAnswer, kind: SearchKind): string[] {
  return answer.groups.find((group) => group.kind === kind)!.hits.map((hit) => hit.id);
}

/** Every highlighted stretch of a text, as the UI would mark it. */
function marked(text: string, ranges: readonly { start: number; end: number }[]): string[] {
  return ranges.map((range) => text.slice(range.start, range.end));
}

describe('the case index', () => {
  it('groups what it finds by kind, in a fixed order, with a total for each', async () => {
    const file = caseForSearch();
    const index = await indexed(file);
    const answer = ask(index, file, { text: 'harbour' });
    expect(answer.groups.map((group) => group.kind)).toEqual(['incident', 'source', 'passage', 'quote', 'entity', 'annotation']);
    expect(ids(answer, 'incident')).toEqual(['incident:incident-fire']);
    expect(ids(answer, 'quote')).toEqual(['quote:quote-fire']);
    expect(ids(answer, 'annotation').sort()).toEqual(['annotation:annotation-case', 'annotation:annotation-fire']);
    expect(answer.groups.find((group) => group.kind === 'source')!.total).toBe(0);
    expect(answer.groups.find((group) => group.kind === 'passage')!.total).toBe(1);
    expect(answer.indexing).toBeUndefined();
  });

  it('marks the matched words by offsets into the snippet and the title', async () => {
    const file = caseForSearch();
    const index = await indexed(file);
    const answer = ask(index, file, { text: 'harbour fi' });
    const incident = answer.groups[0]!.hits[0]!;
    expect(incident.title).toBe('Harbour fire in Rotterdam');
    expect(marked(incident.title, incident.titleRanges)).toEqual(['Harbour', 'fire']);
    const quote = answer.groups.find((group) => group.kind === 'quote')!.hits[0]!;
    expect(marked(quote.snippet.text, quote.snippet.ranges)).toEqual(['harbour', 'fire']);
    const note = answer.groups.find((group) => group.kind === 'annotation')!;
    expect(note.total).toBe(0);
  });

  it('points a hit in a long text at the hit itself, so the source opens there', async () => {
    const file = caseForSearch();
    const index = await indexed(file);
    const passage = ask(index, file, { text: 'barges' }).groups.find((group) => group.kind === 'passage')!.hits[0]!;
    expect(passage.title).toBe('Fire brigade report');
    expect(passage.location).toEqual({ kind: 'source', sourceId: 'source-report', offset: reportText.indexOf('barges') });
    expect(passage.snippet.text.startsWith('…')).toBe(true);
    expect(marked(passage.snippet.text, passage.snippet.ranges)).toEqual(['barges']);
  });

  it('finds words without regard to case or accents, and leaves out words too common to search', async () => {
    const file = caseForSearch();
    const index = await indexed(file);
    const zurich = ask(index, file, { text: 'zurich' });
    expect(ids(zurich, 'entity')).toEqual(['entity:entity-zurich']);
    const meeting = zurich.groups[0]!.hits[0]!;
    expect(marked(meeting.title, meeting.titleRanges)).toEqual(['Zürich']);
    const common = ask(index, file, { text: 'the of ' });
    expect(common.words).toEqual([]);
    expect(common.groups.every((group) => group.total === 0)).toBe(true);
    expect(ask(index, file, { text: 'the harbour ' }).words).toEqual(['harbour']);
  });

  it('matches the word being typed as a prefix, finished words of four letters or more too, shorter ones whole', async () => {
    const file = caseForSearch();
    const index = await indexed(file);
    expect(ids(ask(index, file, { text: 'cu' }), 'incident')).toEqual(['incident:incident-bribe']);
    expect(ids(ask(index, file, { text: 'official customs' }), 'incident')).toEqual(['incident:incident-bribe']);
    expect(ask(index, file, { text: 'cus officials' }).groups[0]!.total).toBe(0);
    expect(ask(index, file, { text: 'two officials' }).groups[0]!.total).toBe(1);
  });

  it('counts every match but returns only the best `limit` of each kind', async () => {
    const file = caseForSearch();
    const index = await indexed(file);
    const notes = ask(index, file, { text: 'harbour', limit: 1 }).groups.find((group) => group.kind === 'annotation')!;
    expect(notes.total).toBe(2);
    expect(notes.hits).toHaveLength(1);
  });

  it('says where a note is written, to open it there', async () => {
    const file = caseForSearch();
    const index = await indexed(file);
    const notes = ask(index, file, { text: 'camera' }).groups.find((group) => group.kind === 'annotation')!.hits;
    expect(notes[0]!.title).toBe('Note on Harbour fire in Rotterdam');
    expect(notes[0]!.location).toEqual({
      kind: 'annotation',
      annotationId: 'annotation-fire',
      target: { kind: 'incident', id: 'incident-fire' },
      on: { kind: 'incident', incidentId: 'incident-fire' },
    });
  });

  it('yields to the event loop while building a large case, answering meanwhile with how far it got', async () => {
    const { generateCase } = await import('../../bench/generate-case');
    const { file } = generateCase({ targetBytes: 3_000_000 });
    const index = new CaseIndex();
    const order: string[] = [];
    setImmediate(() => order.push('another call'));
    const built = index.follow(file).then(() => order.push('built'));
    await new Promise((resolve) => setImmediate(resolve));
    const early = ask(index, file, { text: 'police' });
    expect(early.indexing!.done).toBeLessThan(early.indexing!.total);
    await built;
    expect(order).toEqual(['another call', 'built']);
    expect(ask(index, file, { text: 'police' }).indexing).toBeUndefined();
  });
});
