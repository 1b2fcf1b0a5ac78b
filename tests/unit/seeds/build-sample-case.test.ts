import { describe, expect, it } from 'vitest';
import { buildSampleCase } from '../../../seeds/build-sample-case';
import type { QuoteDefinition } from '../../../seeds/definition/types';
import { sampleCaseDefinition } from '../../../seeds/sample-case.definition';

function withQuote(change: Partial<QuoteDefinition>) {
  const [first, ...rest] = sampleCaseDefinition.quotes;
  if (!first) throw new Error('The sample defines no quotes.');
  return { ...sampleCaseDefinition, quotes: [{ ...first, ...change }, ...rest] };
}

describe('buildSampleCase', () => {
  it('computes selectors that point at the quoted text', () => {
    const built = buildSampleCase();
    const source = built.sources.find((candidate) => candidate.id === 'source-article');
    const quote = built.quotes.find((candidate) => candidate.id === 'quote-article-sentences');
    expect(source?.snapshot.text.slice(quote?.textPosition.start, quote?.textPosition.end)).toBe(
      'Assadi was sentenced to 20 years in prison, while his three accomplices received sentences ranging from 15 to 18 years.',
    );
    expect(quote?.textQuote.suffix.length).toBeGreaterThan(0);
  });

  it('refuses a quote whose text is not in its source', () => {
    expect(() => buildSampleCase(withQuote({ exact: 'Assadi was acquitted.' }))).toThrow(/is not in the snapshot of "source-article"/);
  });

  it('refuses a quote whose text occurs more than once', () => {
    expect(() => buildSampleCase(withQuote({ exact: 'Retailleau' }))).toThrow(/occurs more than once/);
  });

  it('refuses an incident that does not list the source of a quote backing it', () => {
    const definition = withQuote({
      sourceId: 'source-lci-interview',
      exact: 'He cited the 2018 attempted bombing',
      incidentIds: ['incident-haarlem-arrests'],
    });
    expect(() => buildSampleCase(definition)).toThrow(/does not list its source "source-lci-interview"/);
  });

  it('refuses a definition the schema rejects, naming the field', () => {
    const misdated = { id: 'incident-misdated', title: 'A misdated incident', date: 'last spring' };
    const definition = { ...sampleCaseDefinition, incidents: [misdated, ...sampleCaseDefinition.incidents] };
    expect(() => buildSampleCase(definition)).toThrow(/incidents\.0\.date must be an EDTF date/);
  });
});
