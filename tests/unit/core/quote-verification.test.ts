import { describe, expect, it } from 'vitest';
import { verifyQuotes, withQuoteVerification } from '../../../electron/core/quote-verification';
import type { CaseFile } from '../../../shared';
import { sampleCase } from '../../../seeds';

const chainIntact = { intact: true, records: 3, problems: [] } as const;

/** The sample case with one source's text changed in place, as a hand-edited file would hold it. */
function withSourceText(file: CaseFile, sourceId: string, edit: (text: string) => string): CaseFile {
  return {
    ...file,
    sources: file.sources.map((source) => (source.id === sourceId ? { ...source, snapshot: { ...source.snapshot, text: edit(source.snapshot.text) } } : source)),
  };
}

describe('verifying quotes against their sources’ text', () => {
  it('verifies every quote of the sample case', () => {
    const { quotes, problems } = verifyQuotes(sampleCase);
    expect(problems).toEqual([]);
    expect(quotes).toEqual({ total: sampleCase.quotes.length, verified: sampleCase.quotes.length, orphaned: 0 });
  });

  it('names a quote whose words no longer stand at its position, and the case is then not intact', () => {
    const changed = withSourceText(sampleCase, 'source-mi5-statement', (text) => text.replace('at least 20', 'at least 30'));
    const verification = withQuoteVerification(chainIntact, changed);
    expect(verification.intact).toBe(false);
    expect(verification.quotes).toEqual({ total: 16, verified: 15, orphaned: 0 });
    expect(verification.problems).toEqual([
      'The quote “authorities have disrupted at least 20 Iranian-sponsored plo…” does not match the text of “Ken McCallum, Director General of MI5, on Iranian-sponsored plots” at characters 64–164: other words stand at its position.',
    ]);
  });

  it('reports words moved by a text grown in front of them, and a position beyond the text', () => {
    const grown = withSourceText(sampleCase, 'source-dutch-intelligence', (text) => `Preface. ${text}`);
    expect(verifyQuotes(grown).problems).toEqual([
      expect.stringMatching(/^The quote “attributes the assassinations.*characters 25–122: other words stand at its position; the words before it differ\.$/),
    ]);
    const cut = withSourceText(sampleCase, 'source-dutch-intelligence', (text) => text.slice(0, 50));
    expect(verifyQuotes(cut).problems).toEqual([expect.stringMatching(/its position lies beyond the end of the text\.$/)]);
  });

  it('counts an orphaned quote apart, neither verified nor a fault', () => {
    const file = { ...sampleCase, quotes: sampleCase.quotes.map((quote, index) => (index === 0 ? { ...quote, anchor: 'orphaned' as const } : quote)) };
    const verification = withQuoteVerification(chainIntact, file);
    expect(verification).toMatchObject({ intact: true, problems: [], quotes: { total: 16, verified: 15, orphaned: 1 } });
  });

  it('keeps the history’s own verdict and problems', () => {
    const broken = { intact: false, records: 3, problems: ['Record #2 does not follow record #1.'] };
    expect(withQuoteVerification(broken, sampleCase)).toMatchObject({ intact: false, problems: ['Record #2 does not follow record #1.'] });
  });
});
