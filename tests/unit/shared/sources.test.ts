import { describe, expect, it } from 'vitest';
import { applyChanges, invertChanges, sourceDraftSchema } from '../../../shared';
import { createSource, updateSource } from '../../../shared/operations/sources';
import { sampleCase } from '../../../seeds';
import { applied, editOf } from './sources-edits';

const environment = { now: () => new Date('2024-06-01T08:00:00.000Z'), newId: () => 'source-new' };
const article = sampleCase.sources.find((source) => source.id === 'source-article')!;
const articleQuotes = sampleCase.quotes.filter((quote) => quote.sourceId === article.id);

const withText = (text: string) => sourceDraftSchema.parse({ ...article, snapshot: { ...article.snapshot, text } });

describe('creating a source', () => {
  it('creates every kind with its snapshot, an id, timestamps and a label naming it', () => {
    const fields = sourceDraftSchema.parse({
      kind: 'court-record',
      title: ' Judgment of the Antwerp court ',
      reliability: 'B',
      url: 'https://example.org/judgment',
      snapshot: { text: 'The court finds…', origin: 'judgment.html', capturedAt: '2024-05-30T10:00:00.000Z' },
    });
    const edit = editOf(createSource(sampleCase, fields, environment));
    expect(edit.value).toMatchObject({ id: 'source-new', kind: 'court-record', title: 'Judgment of the Antwerp court', reliability: 'B', createdAt: '2024-06-01T08:00:00.000Z' });
    expect(edit.label).toBe('Created source “Judgment of the Antwerp court”');
    expect(applied(sampleCase, edit).sources.at(-1)).toEqual(edit.value);
  });
});

describe('editing a source', () => {
  it('edits its facts without touching its quotes when the text is unchanged', () => {
    const edit = editOf(updateSource(sampleCase, article.id, sourceDraftSchema.parse({ ...article, reliability: 'C' }), environment));
    expect(edit.label).toBe(`Edited source “${article.title}”`);
    expect(edit.changes).toHaveLength(1);
    expect(edit.value.reanchoring).toEqual({ checked: 0, moved: [], orphaned: [], restored: [], stillOrphaned: [] });
    expect(applied(sampleCase, edit).sources.find((source) => source.id === article.id)?.reliability).toBe('C');
  });

  it('moves every quote after an insertion at the start, in the same edit, which one undo reverses', () => {
    const edit = editOf(updateSource(sampleCase, article.id, withText(`Editor's note: corrected.\n\n${article.snapshot.text}`), environment));
    expect(edit.value.reanchoring.moved.map((entry) => entry.quoteId)).toEqual(articleQuotes.map((quote) => quote.id));
    expect(edit.label).toBe(`Edited source “${article.title}”; its text changed: ${articleQuotes.length} quotes moved`);
    const after = applied(sampleCase, edit);
    for (const quote of after.quotes.filter((candidate) => candidate.sourceId === article.id)) {
      expect(after.sources.find((source) => source.id === article.id)!.snapshot.text.slice(quote.textPosition.start, quote.textPosition.end)).toBe(quote.textQuote.exact);
      expect(quote.updatedAt).toBe('2024-06-01T08:00:00.000Z');
    }
    const undone = applyChanges(after, invertChanges(edit.changes));
    expect(undone.ok && undone.value).toEqual(sampleCase);
  });

  it('orphans a quote whose passage was deleted, keeps the others, and says so in the label', () => {
    const exchange = articleQuotes.find((quote) => quote.id === 'quote-article-prisoner-exchange')!;
    const text = article.snapshot.text.replace(exchange.textQuote.exact, 'he was later released.');
    const edit = editOf(updateSource(sampleCase, article.id, withText(text), environment));
    expect(edit.value.reanchoring.orphaned).toEqual([{ quoteId: exchange.id, excerpt: `${exchange.textQuote.exact.slice(0, 119)}…` }]);
    expect(edit.value.reanchoring.moved).toHaveLength(4);
    expect(edit.label).toMatch(/1 quote orphaned/);
    const after = applied(sampleCase, edit);
    const orphan = after.quotes.find((quote) => quote.id === exchange.id)!;
    expect(orphan).toMatchObject({ anchor: 'orphaned', textQuote: exchange.textQuote, textPosition: exchange.textPosition });
    expect(after.quotes.filter((quote) => quote.anchor === 'orphaned')).toHaveLength(1);

    const restored = editOf(updateSource(after, article.id, withText(article.snapshot.text), environment));
    expect(restored.value.reanchoring.restored.map((entry) => entry.quoteId)).toEqual([exchange.id]);
    expect(restored.label).toMatch(/1 quote found in place again/);
    expect(applied(after, restored).quotes.find((quote) => quote.id === exchange.id)!.anchor).toBe('anchored');
  });

  it('refuses a source the case does not hold, naming its id', () => {
    expect(updateSource(sampleCase, 'source-gone', withText('x'), environment)).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('"source-gone"') },
    });
  });
});
