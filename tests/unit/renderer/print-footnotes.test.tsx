import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FootnoteList } from '../../../renderer/features/print/FootnoteList';
import { sampleCase } from './support/fixtures';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

describe('printed footnotes', () => {
  const file = sampleCase();
  const quote = file.quotes[0]!;
  const source = file.sources.find((candidate) => candidate.id === quote.sourceId)!;

  it('cite the quote, its source, where in it, and both grades', () => {
    render(<FootnoteList title="Contract signed" footnotes={[{ number: 1, quote: { ...quote, locator: 'p. 12' }, source, annotations: [] }]} />);
    const note = screen.getByRole('listitem');
    expect(note.textContent).toContain(`“${quote.textQuote.exact}”`);
    expect(note.textContent).toContain('p. 12');
    expect(note.textContent).toContain(`${source.reliability}${quote.credibility}`);
    expect(note.textContent).not.toMatch(/orphaned/i);
  });

  it('flag an orphaned quote as not verified', () => {
    render(<FootnoteList title="Contract signed" footnotes={[{ number: 1, quote: { ...quote, anchor: 'orphaned' }, source, annotations: [] }]} />);
    expect(screen.getByRole('listitem').textContent).toMatch(/Orphaned quote: .* Not verified\./);
  });
});
