import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { anchorProblems, caseFileSchema, type SourceDraft } from '../../../shared';
import { sampleCase } from '../../../seeds';
import { call, openTestCore } from '../../support/core';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();
const caseId = sampleCase.case.id;
const article = sampleCase.sources.find((source) => source.id === 'source-article')!;
const articleQuoteIds = sampleCase.quotes.filter((quote) => quote.sourceId === article.id).map((quote) => quote.id);
const sentencing = 'incident-assadi-sentencing';

async function journalLabels(folder: string): Promise<string[]> {
  const text = await readFile(join(folder, 'cases', caseId, 'journal.ndjson'), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { label: string }).label);
}

/** Saves the article with a new text, every other field as it was. */
function withText(core: Core, text: string) {
  const source: SourceDraft = { ...article, snapshot: { ...article.snapshot, text } };
  return call(core, 'source.update', { caseId, sourceId: article.id, source });
}

describe('the sources and quotes channels', () => {
  it('creates a source with a snapshot, quotes a selection of it for two incidents, and edits the quote', async () => {
    const folder = await temporaryFolder();
    const core = await openTestCore(folder);
    const text = 'Minutes of the council.\n\nThe mayor confirmed the payment on 3 May.';
    const source = await call(core, 'source.create', {
      caseId,
      source: { kind: 'document', title: 'Council minutes', reliability: 'B', snapshot: { text, origin: 'minutes.txt', capturedAt: '2024-05-30T10:00:00.000Z' } },
    });
    const start = text.indexOf('The mayor');
    const quote = await call(core, 'quote.create', {
      caseId,
      quote: { sourceId: source.id, start: start - 2, end: text.length, credibility: 2, incidentIds: [sentencing, 'incident-haarlem-arrests'] },
    });
    expect(quote.textQuote).toMatchObject({ exact: 'The mayor confirmed the payment on 3 May.', prefix: 'Minutes of the council.\n\n', suffix: '' });
    expect(quote.textPosition).toMatchObject({ start, end: text.length });
    const detail = await call(core, 'source.get', { caseId, sourceId: source.id });
    expect(detail.quotes.map((shown) => shown.id)).toEqual([quote.id]);
    expect(detail.incidents.map((row) => row.id).sort()).toEqual(['incident-assadi-sentencing', 'incident-haarlem-arrests']);
    const incident = await call(core, 'incident.get', { caseId, incidentId: sentencing });
    expect(incident.incident.sourceIds).toContain(source.id);

    const edited = await call(core, 'quote.update', { caseId, quoteId: quote.id, quote: { credibility: 1, incidentIds: [sentencing], locator: 'item 4' } });
    expect(edited).toMatchObject({ credibility: 1, incidentIds: [sentencing], locator: 'item 4' });
    expect((await journalLabels(folder)).slice(-3)).toEqual([
      'Created source “Council minutes”',
      'Quoted “The mayor confirmed the payment on 3 May.” from source “Council minutes”, supporting 2 incidents; its source added to the sources of 2 incidents',
      'Edited quote “The mayor confirmed the payment on 3 May.”: unlinked from 1 incident',
    ]);
    expect(caseFileSchema.safeParse(await call(core, 'case.get', { caseId })).success).toBe(true);
    await core.close();
  });

  it('re-checks the quotes when a snapshot is edited, reports them, and undoes text and quotes together', async () => {
    const folder = await temporaryFolder();
    const core = await openTestCore(folder);
    const exchange = sampleCase.quotes.find((quote) => quote.id === 'quote-article-prisoner-exchange')!;
    const text = `Correction appended by the editor.\n\n${article.snapshot.text.replace(exchange.textQuote.exact, 'he was released in 2023.')}`;
    const update = await withText(core, text);
    expect(update.reanchoring.orphaned.map((entry) => entry.quoteId)).toEqual(['quote-article-prisoner-exchange']);
    expect(update.reanchoring.moved.map((entry) => entry.quoteId)).toEqual(articleQuoteIds.filter((id) => id !== 'quote-article-prisoner-exchange'));

    const detail = await call(core, 'source.get', { caseId, sourceId: article.id });
    for (const quote of detail.quotes) {
      if (quote.anchor === 'anchored') expect(anchorProblems(text, quote)).toEqual([]);
      else expect(quote).toMatchObject({ id: 'quote-article-prisoner-exchange', textQuote: exchange.textQuote, textPosition: exchange.textPosition });
    }
    expect((await journalLabels(folder)).at(-1)).toBe(`Edited source “${article.title}”; its text changed: 7 quotes moved, 1 quote orphaned`);

    await call(core, 'case.undo', { caseId });
    const undone = await call(core, 'case.get', { caseId });
    expect(undone.sources.find((source) => source.id === article.id)!.snapshot.text).toBe(article.snapshot.text);
    expect(undone.quotes).toEqual(sampleCase.quotes);
    await call(core, 'case.redo', { caseId });
    await core.close();

    const reopened = await openTestCore(folder);
    const after = await call(reopened, 'source.get', { caseId, sourceId: article.id });
    expect(after.source.snapshot.text).toBe(text);
    expect(after.quotes.find((quote) => quote.id === 'quote-article-prisoner-exchange')!.anchor).toBe('orphaned');
    await reopened.close();
  });

  it('keeps quotes in place through a snapshot of several megabytes', async () => {
    const core = await openTestCore(await temporaryFolder());
    const filler = 'Background paragraph about shipping schedules and port authorities.\n'.repeat(80_000);
    const update = await withText(core, `${filler}${article.snapshot.text}`);
    expect(update.source.snapshot.text.length).toBeGreaterThan(5_000_000);
    expect(update.reanchoring.moved).toHaveLength(articleQuoteIds.length);
    const detail = await call(core, 'source.get', { caseId, sourceId: article.id });
    expect(detail.quotes.every((quote) => anchorProblems(detail.source.snapshot.text, quote).length === 0)).toBe(true);
    await core.close();
  });

  it('refuses bad input with a message naming what is wrong, and changes nothing', async () => {
    const folder = await temporaryFolder();
    const core = await openTestCore(folder);
    const before = await call(core, 'case.get', { caseId });
    const empty = await core.invoke('quote.create', { caseId, quote: { sourceId: article.id, start: 12, end: 12, credibility: 3 } });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('does not lie within') } });
    const grade = await core.invoke('quote.create', { caseId, quote: { sourceId: article.id, start: 0, end: 12, credibility: 7 } });
    expect(grade).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('quote.credibility must be 1 to 6') } });
    const address = await core.invoke('source.update', { caseId, sourceId: article.id, source: { ...article, url: 'javascript:alert(1)' } });
    expect(address).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('source.url must be an http:// or https:// address') } });
    expect(await call(core, 'case.get', { caseId })).toEqual(before);
    expect(await journalLabels(folder)).toEqual([]);
    await core.close();
  });
});
