import { describe, expect, it } from 'vitest';
import { defaultPrintOptions, summaryModel, type IncidentSelection, type PrintOptions } from '../../../shared/print';
import { printCase } from './print-summary-case';

function modelOf(selection: Partial<IncidentSelection> = {}, sections: PrintOptions['sections'] = defaultPrintOptions.sections) {
  return summaryModel(printCase(), { selection: { ...defaultPrintOptions.selection, ...selection }, sections });
}

const titles = (model: ReturnType<typeof modelOf>) => model.sections.map((section) => section.incident.title);

describe('the printed summary of a whole case', () => {
  const model = modelOf();
  const [alpha, bravo, charlie, delta] = model.sections;

  it('prints the incidents in date order, numbered, undated last', () => {
    expect(titles(model)).toEqual(['Alpha shooting', 'Bravo bombing', 'Charlie raid', 'Delta rumour']);
    expect(model.sections.map((section) => section.position)).toEqual([1, 2, 3, 4]);
    expect(model.chronology.map((entry) => [entry.position, entry.date, entry.status])).toEqual([
      [1, '2015?', 'alleged'],
      [2, '2015/2017', 'confirmed'],
      [3, '2020-06', 'disputed'],
      [4, '', 'alleged'],
    ]);
  });

  it('numbers footnotes through the document: claims first, then the other quotes linked to the incident', () => {
    expect(alpha!.claims.map((claim) => [claim.claim.id, claim.footnoteNumbers, claim.unsupported])).toEqual([
      ['claim-ordered', [1], false],
      ['claim-paid', [], true],
    ]);
    expect(alpha!.summaryFootnoteNumbers).toEqual([2]);
    expect(bravo!.footnotes.map((footnote) => [footnote.number, footnote.quote.id])).toEqual([[3, 'quote-orphan']]);
    expect(charlie!.footnotes.map((footnote) => footnote.number)).toEqual([4]);
    expect(delta!.footnotes).toEqual([]);
    expect(model.counts).toMatchObject({ footnotes: 4, orphanedQuotes: 1, unsupportedClaims: 1 });
  });

  it("grades each footnote with its source's letter and its quote's digit, and never verifies an orphaned quote", () => {
    const footnotes = model.sections.flatMap((section) => section.footnotes);
    expect(footnotes.map((footnote) => [footnote.number, footnote.grade, footnote.verified, footnote.source.title])).toEqual([
      [1, 'B2', true, 'Police report'],
      [2, 'E4', false, 'Anonymous post'],
      [3, 'E4', false, 'Anonymous post'],
      [4, 'B1', true, 'Police report'],
    ]);
    expect(footnotes[1]!.quote.locator).toBe('p. 3');
    expect(footnotes[1]!.annotations.notes.map((note) => note.id)).toEqual(['note-quote']);
  });

  it("keeps analysts' judgements apart from the other notes", () => {
    expect(alpha!.annotations.notes.map((note) => note.id)).toEqual(['note-alpha']);
    expect(alpha!.annotations.judgements.map((note) => note.id)).toEqual(['judgement-alpha']);
    expect(model.caseAnnotations).toEqual({ notes: [], judgements: [expect.objectContaining({ id: 'judgement-case' })] });
  });

  it('lists only the people and sources the printed incidents involve and cite, and their attachments', () => {
    expect(model.cast.map((member) => [member.entity.name, member.appearances.map((appearance) => [appearance.position, appearance.role])])).toEqual([
      ['Harbour Authority', [[2, 'perpetrator']]],
      ['Minister of Ports', [[1, 'suspect']]],
    ]);
    expect(model.register.map((entry) => [entry.source.title, entry.quotesCited])).toEqual([
      ['Anonymous post', 1],
      ['Police report', 2],
    ]);
    expect(model.counts.sourcesInCase).toBe(3);
    expect(model.appendix.map((entry) => [entry.attachment.name, entry.attachedTo])).toEqual([
      ['photo.jpg', 'Incident 1: Alpha shooting'],
      ['post.png', 'Source: Anonymous post'],
    ]);
  });

  it('leaves every note out when the notes section is not chosen', () => {
    const bare = modelOf({}, ['cover', 'incidents']);
    const notes = [bare.caseAnnotations, ...bare.sections.map((section) => section.annotations), ...bare.sections.flatMap((section) => section.footnotes.map((footnote) => footnote.annotations))];
    expect(notes.every((on) => on.notes.length === 0 && on.judgements.length === 0)).toBe(true);
  });
});

describe('choosing the incidents to print', () => {
  it('by tag, whatever its case, any of several', () => {
    expect(titles(modelOf({ tags: ['BOMBING'] }))).toEqual(['Bravo bombing', 'Charlie raid']);
    expect(titles(modelOf({ tags: ['assassination', 'bombing'] }))).toEqual(['Alpha shooting', 'Bravo bombing', 'Charlie raid']);
  });

  it('by status', () => {
    expect(titles(modelOf({ statuses: ['alleged'] }))).toEqual(['Alpha shooting', 'Delta rumour']);
    expect(titles(modelOf({ statuses: ['confirmed', 'disputed'] }))).toEqual(['Bravo bombing', 'Charlie raid']);
  });

  it('by a date range that an uncertain date or an interval overlaps; an undated incident is in no range', () => {
    expect(titles(modelOf({ from: '2016', to: '2016' }))).toEqual(['Bravo bombing']);
    expect(titles(modelOf({ from: '2015-06', to: '2015-06' }))).toEqual(['Alpha shooting', 'Bravo bombing']);
    expect(titles(modelOf({ from: '2018' }))).toEqual(['Charlie raid']);
    expect(titles(modelOf({ to: '2014' }))).toEqual([]);
    expect(titles(modelOf({ from: '2017-12-31', to: '2020-06-01' }))).toEqual(['Bravo bombing', 'Charlie raid']);
  });

  it('by all the filters at once, renumbering footnotes from 1 and narrowing cast, register and appendix', () => {
    const model = modelOf({ tags: ['bombing'], statuses: ['confirmed'] });
    expect(titles(model)).toEqual(['Bravo bombing']);
    expect(model.sections[0]!.footnotes.map((footnote) => footnote.number)).toEqual([1]);
    expect(model.cast.map((member) => member.entity.name)).toEqual(['Harbour Authority']);
    expect(model.register.map((entry) => entry.source.title)).toEqual(['Anonymous post']);
    expect(model.appendix.map((entry) => entry.attachment.name)).toEqual(['post.png']);
    expect(model.counts.incidentsInCase).toBe(4);
  });

  it('gives an empty summary, not an error, when nothing matches or the case has no incidents', () => {
    const none = modelOf({ tags: ['no such tag'] });
    expect([none.sections, none.cast, none.register, none.appendix, none.chronology]).toEqual([[], [], [], [], []]);
    const empty = summaryModel({ ...printCase(), incidents: [], quotes: [], attachments: [], annotations: [] }, defaultPrintOptions);
    expect(empty.sections).toEqual([]);
    expect(empty.counts.incidentsInCase).toBe(0);
  });
});

describe('printing what the redaction left', () => {
  it('arranges only the file it is given, so an incident removed from it is nowhere in the summary', () => {
    const file = printCase();
    const withheld = {
      ...file,
      incidents: file.incidents.filter((incident) => incident.id !== 'incident-bravo'),
      quotes: file.quotes.map((quote) => ({ ...quote, incidentIds: quote.incidentIds.filter((id) => id !== 'incident-bravo') })),
    };
    const model = summaryModel(withheld, defaultPrintOptions);
    expect(titles(model)).not.toContain('Bravo bombing');
    expect(model.cast.map((member) => member.entity.name)).toEqual(['Minister of Ports']);
    expect(model.sections.flatMap((section) => section.footnotes).map((footnote) => footnote.number)).toEqual([1, 2, 3]);
  });
});
