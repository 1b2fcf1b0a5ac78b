import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Footnote } from '../../../shared/print';
import { CitationsProvider } from '../../../renderer/features/print/citations-context';
import { FootnoteList } from '../../../renderer/features/print/FootnoteList';
import { sampleCase } from './support/fixtures';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

describe('printed footnotes', () => {
  const file = sampleCase();
  const quote = file.quotes[0]!;
  const source = file.sources.find((candidate) => candidate.id === quote.sourceId)!;
  const footnote = (changes: Partial<Footnote> = {}): Footnote => ({
    number: 1,
    quote,
    source,
    grade: `${source.reliability}${quote.credibility}`,
    verified: true,
    annotations: { notes: [], judgements: [] },
    ...changes,
  });
  const renderNotes = (notes: Footnote[]) =>
    render(
      <CitationsProvider sources={file.sources}>
        <FootnoteList title="Contract signed" footnotes={notes} />
      </CitationsProvider>,
    );

  it('cite the quote, its source, where in it, and the grade with what it means', () => {
    renderNotes([footnote({ quote: { ...quote, locator: 'p. 12' } })]);
    const note = screen.getByRole('listitem');
    expect(note.textContent).toContain(`“${quote.textQuote.exact}”`);
    expect(note.textContent).toContain(source.title);
    // The style writes the page as it cites pages ("12" in Chicago notes); the grade follows in the same sentence.
    expect(note.textContent).toMatch(new RegExp(`12[.”]+ Grade ${source.reliability}${quote.credibility} \\(Usually reliable; Probably true\\)\\.$`));
    expect(note.textContent).not.toMatch(/orphaned/i);
  });

  it('flag an orphaned quote as not verified', () => {
    renderNotes([footnote({ quote: { ...quote, anchor: 'orphaned' }, verified: false })]);
    expect(screen.getByRole('listitem').textContent).toMatch(/Orphaned quote: .* Not verified\./);
  });

  it('print quoted markup and right-to-left text as text, in its own direction', () => {
    const exact = '<img src=x onerror=alert(1)> **قال الوزير**';
    renderNotes([footnote({ quote: { ...quote, textQuote: { ...quote.textQuote, exact } } })]);
    const item = screen.getByRole('listitem');
    expect(item.querySelector('img')).toBeNull();
    expect(item.textContent).toContain(exact);
    expect(screen.getByText(exact).getAttribute('dir')).toBe('auto');
  });

  it("print a note on the quote, and an analyst's judgement labelled as such", () => {
    const [judgement] = file.annotations;
    renderNotes([footnote({ annotations: { notes: [], judgements: [judgement!] } })]);
    expect(screen.getByRole('complementary', { name: "Analyst's judgement" }).textContent).toContain('Check the date');
  });
});
