import { describe, expect, it } from 'vitest';
import { searchQuerySchema, type SearchAnswer, type SearchFiltersInput, type SearchKind } from '../../../shared';
import { CaseIndex } from '../../../electron/core/search/case-index';
import { searchCase } from '../../../electron/core/search/case-search';
import { searchCase as caseForSearch } from './search-case';

const file = caseForSearch();
const index = new CaseIndex();
await index.follow(file);

/** What the filters alone let through (empty text), as `kind:id`, passages named by their source. */
function found(filters: SearchFiltersInput, text = ''): string[] {
  const answer: SearchAnswer = searchCase(index, file, searchQuerySchema.parse({ caseId: file.case.id, text, filters }));
  return answer.groups.flatMap((group) => group.hits.map((hit) => hit.id.replace(/^passage:([^:]+):\d+$/, 'passage:$1'))).filter((id, at, all) => all.indexOf(id) === at);
}

/** The confirmed fire, its report (details and text), its quote, the suspect and the note on it. */
const fireAndWhatBelongsToIt = ['incident:incident-fire', 'source:source-report', 'passage:source-report', 'quote:quote-fire', 'entity:entity-smit', 'annotation:annotation-fire'];

const kinds = (filters: SearchFiltersInput, kind: SearchKind) => found(filters).filter((id) => id.startsWith(`${kind}:`));

describe('search filters', () => {
  it('lists what a status lets through: the incidents, and what belongs to them', () => {
    expect(found({ status: ['confirmed'] })).toEqual(fireAndWhatBelongsToIt);
  });

  it('takes any of several statuses, and combines filters of different kinds', () => {
    expect(kinds({ status: ['confirmed', 'disputed'] }, 'incident')).toEqual(['incident:incident-fire', 'incident:incident-meeting']);
    expect(kinds({ status: ['confirmed', 'alleged'], reliability: ['D'] }, 'incident')).toEqual(['incident:incident-bribe']);
  });

  it('needs every tag listed, compared without case; a note passes by its own tags too', () => {
    expect(kinds({ tags: ['port', 'ARSON'] }, 'incident')).toEqual(['incident:incident-fire']);
    expect(kinds({ tags: ['port', 'corruption'] }, 'incident')).toEqual([]);
    expect(found({ tags: ['follow-up'] })).toEqual(['annotation:annotation-fire']);
  });

  it('lets a date range through every date that overlaps it, uncertain and ranged ones included', () => {
    // "2019-03?" is all of March 2019, so a range starting mid-March takes it.
    expect(kinds({ dateFrom: '2019-03-15', dateTo: '2019-12' }, 'incident')).toEqual(['incident:incident-fire']);
    // The bribe ran from 1 to 30 June 2021: one day inside is enough.
    expect(kinds({ dateFrom: '2021-06-15', dateTo: '2021-06-15' }, 'incident')).toEqual(['incident:incident-bribe']);
    expect(kinds({ dateFrom: '2021-07' }, 'incident')).toEqual([]);
    expect(kinds({ dateTo: '2019-02' }, 'incident')).toEqual([]);
    // An undated incident never passes a date filter.
    expect(kinds({ dateFrom: '1900', dateTo: '2100' }, 'incident')).toEqual(['incident:incident-fire', 'incident:incident-bribe']);
  });

  it('checks a source by its own published date, an undated source by the incidents citing it', () => {
    expect(kinds({ dateFrom: '2019-04-10', dateTo: '2019-04-20' }, 'source')).toEqual(['source:source-report']);
    expect(kinds({ dateFrom: '2019-03-01', dateTo: '2019-03-31' }, 'source')).toEqual([]);
    expect(kinds({ dateFrom: '2021' }, 'source')).toEqual(['source:source-ledger']);
  });

  it('checks reliability on sources and credibility on quotes, carried to the incidents they back', () => {
    expect(found({ reliability: ['B'] })).toEqual([
      'incident:incident-fire',
      'source:source-report',
      'passage:source-report',
      'quote:quote-fire',
      'annotation:annotation-fire',
    ]);
    expect(found({ credibility: [4] })).toEqual(['incident:incident-bribe', 'source:source-ledger', 'passage:source-ledger', 'quote:quote-payments']);
  });

  it('lets a person through an entity filter, with the incidents they take part in and what belongs to those', () => {
    expect(found({ entityId: 'entity-smit' })).toEqual(fireAndWhatBelongsToIt);
  });

  it('filters what the text found', () => {
    expect(found({ status: ['alleged'] }, 'customs')).toEqual(['incident:incident-bribe', 'passage:source-ledger', 'quote:quote-payments']);
    expect(found({ status: ['confirmed'] }, 'customs')).toEqual([]);
  });

  it('refuses a range that ends before it starts, naming the field', () => {
    const parsed = searchQuerySchema.safeParse({ caseId: 'case-harbour', filters: { dateFrom: '2020', dateTo: '2019-12' } });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]).toMatchObject({ path: ['filters', 'dateTo'], message: 'must not be before the start of the range' });
    const garbled = searchQuerySchema.safeParse({ caseId: 'case-harbour', filters: { dateFrom: 'last spring' } });
    expect(garbled.error!.issues[0]!.path).toEqual(['filters', 'dateFrom']);
  });
});
