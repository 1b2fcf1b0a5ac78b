import { describe, expect, it } from 'vitest';
import { caseOutline, incidentDetail, sourceDetail } from '../../../shared';
import { sampleCase } from '../../../seeds';
import { sampleChronology } from '../../e2e/sample';

describe('the outline of the sample case', () => {
  const outline = caseOutline(sampleCase);
  // The rows only: the case's own summary, which the outline carries, repeats words of the sample's notes.
  const text = JSON.stringify([outline.incidents, outline.sources, outline.entities]);

  it('lists the sample’s incidents in its chronology', () => {
    expect(outline.incidents.map((row) => row.title)).toEqual(sampleChronology);
  });

  // A snapshot text opens with its source's title, which the outline does carry: the ends of texts are checked.
  it('leaves out every snapshot text, incident summary, quote and note', () => {
    const ends = [
      ...sampleCase.sources.map((source) => source.snapshot.text),
      ...sampleCase.incidents.map((incident) => incident.summary),
      ...sampleCase.quotes.map((quote) => quote.textQuote.exact),
      ...sampleCase.annotations.map((annotation) => annotation.body),
    ].flatMap((whole) => (whole ? [whole.slice(-40)] : []));
    expect(ends.length).toBeGreaterThan(30);
    for (const end of ends) expect(text).not.toContain(end);
  });

  it('counts every quote once for its source, and once for each incident it supports', () => {
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    expect(sum(outline.sources.map((row) => row.quoteCount))).toBe(sampleCase.quotes.length);
    expect(sum(outline.incidents.map((row) => row.quoteCount))).toBe(sum(sampleCase.quotes.map((quote) => quote.incidentIds.length)));
  });
});

describe('details of the sample case', () => {
  it('give the Paris plot its three quotes with their graded sources, its note and both its links', () => {
    const detail = incidentDetail(sampleCase, 'incident-2018-paris-rally-plot');
    if (!detail.ok) throw new Error(detail.error.message);
    const { quotes, annotations, links } = detail.value;
    expect(quotes).toHaveLength(3);
    const assadi = quotes.find(({ quote }) => quote.textQuote.exact.includes('smuggled half a kilogram of TATP explosives'));
    expect([assadi?.quote.credibility, assadi?.source?.reliability]).toEqual([2, 'F']);
    expect(annotations.map((note) => note.target)).toEqual([{ kind: 'incident', id: 'incident-2018-paris-rally-plot' }]);
    expect(links.map(({ other }) => other.id).sort()).toEqual(['incident-assadi-sentencing', 'incident-iran-drug-networks-france']);
  });

  it('give the article its text, its quotes in text order and the incidents they support', () => {
    const detail = sourceDetail(sampleCase, 'source-article');
    if (!detail.ok) throw new Error(detail.error.message);
    const { source, quotes, incidents } = detail.value;
    expect(source.snapshot.text.length).toBeGreaterThan(1000);
    const starts = quotes.map((quote) => quote.textPosition.start);
    expect(starts).toEqual([...starts].sort((first, second) => first - second));
    const supported = new Set(quotes.flatMap((quote) => quote.incidentIds));
    expect(new Set(incidents.map((row) => row.id))).toEqual(supported);
  });
});
