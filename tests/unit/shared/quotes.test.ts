import { describe, expect, it } from 'vitest';
import { anchorProblems, type CaseFile } from '../../../shared';
import { quoteDraftSchema, quoteJudgementSchema } from '../../../shared/channels/sources';
import { createQuote, trimmedPassage, updateQuote } from '../../../shared/operations/quotes';
import { sampleCase } from '../../../seeds';
import { applied, editOf } from './sources-edits';

const environment = { now: () => new Date('2024-06-01T08:00:00.000Z'), newId: () => 'quote-new' };
const mi5 = sampleCase.sources.find((source) => source.id === 'source-mi5-statement')!;
const text = mi5.snapshot.text;
const uk = 'incident-uk-disrupted-plots';
const paris = 'incident-2018-paris-rally-plot';

const draft = (fields: object) => quoteDraftSchema.parse({ sourceId: mi5.id, credibility: 3, ...fields });
const refusal = (message: RegExp) => ({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(message) } });

describe('quoting a selection', () => {
  it('builds both W3C selectors from the source text, trimming the whitespace around the selection', () => {
    const start = text.indexOf('Iranian intelligence');
    const selection = draft({ start: start - 1, end: start + 'Iranian intelligence'.length + 1, incidentIds: [uk], locator: ' para. 2 ' });
    const edit = editOf(createQuote(sampleCase, selection, environment));
    expect(edit.value.textQuote.exact).toBe('Iranian intelligence');
    expect(edit.value.textPosition).toEqual({ type: 'TextPositionSelector', start, end: start + 'Iranian intelligence'.length });
    expect(anchorProblems(text, edit.value)).toEqual([]);
    expect(edit.value).toMatchObject({ id: 'quote-new', credibility: 3, locator: 'para. 2', anchor: 'anchored', incidentIds: [uk] });
    expect(edit.label).toBe(`Quoted “Iranian intelligence” from source “${mi5.title}”, supporting 1 incident`);
    expect(applied(sampleCase, edit).quotes.at(-1)).toEqual(edit.value);
  });

  it('allows a quote overlapping existing ones', () => {
    const existing = sampleCase.quotes.find((quote) => quote.id === 'quote-mi5-contracts-criminals')!;
    const edit = editOf(createQuote(sampleCase, draft({ start: existing.textPosition.start + 5, end: existing.textPosition.end }), environment));
    expect(applied(sampleCase, edit).quotes.filter((quote) => quote.sourceId === mi5.id)).toHaveLength(3);
  });

  it('links it to several incidents at once and adds its source to those that did not cite it', () => {
    const edit = editOf(createQuote(sampleCase, draft({ start: 0, end: 20, incidentIds: [uk, paris, uk] }), environment));
    expect(edit.value.incidentIds).toEqual([uk, paris]);
    expect(edit.label).toMatch(/supporting 2 incidents; its source added to the sources of incident “.+”$/);
    const after = applied(sampleCase, edit);
    expect(after.incidents.find((incident) => incident.id === paris)!.sourceIds).toContain(mi5.id);
    expect(after.incidents.find((incident) => incident.id === uk)!.sourceIds.filter((id) => id === mi5.id)).toHaveLength(1);
  });

  it('refuses an empty, whitespace-only or out-of-range selection, an unknown source or incident, each saying what is wrong', () => {
    const space = text.indexOf(' ');
    expect(createQuote(sampleCase, draft({ start: 10, end: 10 }), environment)).toMatchObject(refusal(/does not lie within the source's text of 373 characters/));
    expect(createQuote(sampleCase, draft({ start: space, end: space + 1 }), environment)).toMatchObject(refusal(/only spaces or line breaks/));
    expect(createQuote(sampleCase, draft({ start: 300, end: 400 }), environment)).toMatchObject(refusal(/300–400 does not lie within/));
    expect(createQuote(sampleCase, draft({ start: 0, end: 5, incidentIds: ['incident-gone'] }), environment)).toMatchObject(refusal(/"incident-gone"/));
    expect(createQuote(sampleCase, draft({ sourceId: 'source-gone', start: 0, end: 5 }), environment)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('finds the words inside a selection padded with spaces and line breaks', () => {
    expect(trimmedPassage(' \n word \t', 0, 9)).toEqual({ start: 3, end: 7 });
    expect(trimmedPassage(' \n \t', 0, 4)).toBeUndefined();
  });
});

describe('editing a quote', () => {
  const judgement = (fields: object) => quoteJudgementSchema.parse({ credibility: 2, ...fields });

  it('changes credibility, locator and incidents; linking adds the source, unlinking leaves the incident’s sources alone', () => {
    const quoteId = 'quote-mi5-twenty-plots';
    const edit = editOf(updateQuote(sampleCase, quoteId, judgement({ incidentIds: [paris], locator: 'p. 3' }), environment));
    expect(edit.value).toMatchObject({ credibility: 2, locator: 'p. 3', incidentIds: [paris] });
    expect(edit.label).toMatch(/^Edited quote “.+”: linked to 1 incident, unlinked from 1 incident; its source added to the sources of incident “.+”$/);
    const after = applied(sampleCase, edit);
    expect(after.incidents.find((incident) => incident.id === uk)!.sourceIds).toContain(mi5.id);
    expect(after.incidents.find((incident) => incident.id === paris)!.sourceIds).toContain(mi5.id);
  });

  it('refuses to unlink an incident whose claim cites the quote, naming the claim', () => {
    const quoteId = 'quote-mi5-twenty-plots';
    const file: CaseFile = {
      ...sampleCase,
      incidents: sampleCase.incidents.map((incident) =>
        incident.id === uk ? { ...incident, claims: [{ id: 'claim-20', text: 'At least 20 plots were disrupted.', quoteIds: [quoteId] }] } : incident,
      ),
    };
    expect(updateQuote(file, quoteId, judgement({ incidentIds: [] }), environment)).toMatchObject(refusal(/claim “At least 20 plots were disrupted\.”/));
    expect(editOf(updateQuote(file, quoteId, judgement({ incidentIds: [uk] }), environment)).label).toBe('Edited quote “authorities have disrupted at least 20 Iranian-sponsored pl…”');
  });

  it('refuses a quote the case does not hold', () => {
    expect(updateQuote(sampleCase, 'quote-gone', judgement({}), environment)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
