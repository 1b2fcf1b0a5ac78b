import { existsSync } from 'node:fs';
import { copyFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import type { CaseFile } from '../../shared';
import { callApi } from './api';
import { expect, test, type Host } from './fixtures';
import { compact, flowed, pageTexts, pagePng, pdfPageCount, pdfPageSize, pdfText } from './pdf';
import { sampleCase } from './sample';

const caseId = sampleCase.case.id;
const screensFolder = resolve(import.meta.dirname, '__screens__');

/** Opens the print view afresh (a hash change alone would leave the last summary's ready flag up meanwhile). */
async function printedPdf(page: Page, route: string, path: string): Promise<string> {
  await page.goto(route);
  await page.reload();
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  return path;
}

/** Every place a passage is printed: its offsets in the compacted text. */
function placesOf(text: string, passage: string): number[] {
  const places: number[] = [];
  for (let at = text.indexOf(passage); at >= 0; at = text.indexOf(passage, at + 1)) places.push(at);
  return places;
}

/**
 * Cuts a quoted passage out of its source's text. The core re-anchors the source's quotes: that one and any whose
 * context leaned on it are orphaned. Returns the case as stored after the edit, the truth the PDF is checked against.
 */
async function orphanQuote(request: APIRequestContext, host: Host): Promise<CaseFile> {
  const quote = sampleCase.quotes.find((candidate) => candidate.incidentIds.length === 1)!;
  const source = sampleCase.sources.find((candidate) => candidate.id === quote.sourceId)!;
  const { id: _id, createdAt: _created, updatedAt: _updated, ...draft } = source;
  const text = source.snapshot.text.replace(quote.textQuote.exact, 'This passage was withdrawn by the publisher.');
  await callApi(request, host, 'source.update', { caseId, sourceId: source.id, source: { ...draft, snapshot: { ...draft.snapshot, text } } });
  return callApi(request, host, 'case.get', { caseId });
}

test('the sample summary, every section: each incident, each quote with its grade, the marking and page number on every page', async ({ host, page, request }, testInfo) => {
  const file = await orphanQuote(request, host);
  const pdf = await printedPdf(page, host.route(`/cases/${caseId}/print`), testInfo.outputPath('sample.pdf'));
  const pages = await pdfPageCount(pdf);
  const whole = await pdfText(pdf);
  const text = compact(whole);
  await testInfo.attach('sample.txt', { body: flowed(whole), contentType: 'text/plain' });

  for (const incident of file.incidents) expect(text, incident.title).toContain(compact(incident.title));

  // Each quote is printed once for each incident it backs, each time followed by its own grade (the source's
  // reliability letter and the quote's credibility number, as the case holds them) and, when it is orphaned, the flag.
  const flag = compact('Orphaned quote: this passage is no longer found');
  for (const quote of file.quotes) {
    const source = file.sources.find((candidate) => candidate.id === quote.sourceId)!;
    // A footnote prints the quote between quotation marks, then its source; a summary may also repeat the words.
    const places = placesOf(text, compact(`“${quote.textQuote.exact}” —`));
    expect(places.length, quote.textQuote.exact).toBe(quote.incidentIds.length);
    for (const place of places) {
      const footnote = text.slice(place, text.indexOf('[', place + 1));
      const grade = /Grade([A-F])([1-6])\(/.exec(footnote);
      expect(grade?.slice(1, 3).join(''), quote.textQuote.exact).toBe(`${source.reliability}${quote.credibility}`);
      expect(footnote.includes(flag), `${quote.anchor}: ${quote.textQuote.exact}`).toBe(quote.anchor === 'orphaned');
    }
  }
  const orphaned = file.quotes.filter((quote) => quote.anchor === 'orphaned');
  expect(orphaned.length).toBeGreaterThan(0);
  expect(placesOf(text, flag)).toHaveLength(orphaned.reduce((total, quote) => total + quote.incidentIds.length, 0));

  // Sections start on a new page, the cover is one, and a page holds at least 1,200 printed characters of the
  // summary's own text when full: the count must lie between what the sections force and what the text could fill.
  const printedCharacters = text.length;
  const sections = 8;
  expect(pages).toBeGreaterThanOrEqual(sections - 1);
  expect(pages).toBeLessThanOrEqual(sections + sampleCase.incidents.length + Math.ceil(printedCharacters / 1_200));

  const perPage = await pageTexts(pdf, pages);
  perPage.forEach((pageText, index) => {
    const flat = flowed(pageText);
    expect(flat, `page ${index + 1}`).toContain(`Page ${index + 1} of ${pages}`);
    expect(flat.split('TLP:AMBER').length - 1, `markings on page ${index + 1}`).toBeGreaterThanOrEqual(2);
    expect(flat, `running header on page ${index + 1}`).toContain(file.case.name);
  });
  expect(await pdfPageSize(pdf)).toBe('595 x 842');

  // A page of incidents at 50 dpi for a person to look at, small enough to keep in the repository. It is written
  // there when missing or asked for (DOSSIER_UPDATE_SCREENS=1), so an ordinary run leaves the working tree alone.
  const incidentPage = perPage.findIndex((pageText) => pageText.includes('Grade')) + 1;
  const image = await pagePng(pdf, incidentPage, testInfo.outputPath('sample-incident-page'));
  expect((await stat(image)).size).toBeLessThan(150_000);
  const kept = resolve(screensFolder, 'print-sample-incident-page.png');
  if (process.env.DOSSIER_UPDATE_SCREENS === '1' || !existsSync(kept)) await copyFile(image, kept);
  await testInfo.attach('sample-incident-page.png', { path: image, contentType: 'image/png' });
});

test('A4 and Letter paper come out at their sizes', async ({ host, page }, testInfo) => {
  const sizes: Record<string, string> = {};
  for (const paper of ['A4', 'Letter']) {
    const route = host.route(`/cases/${caseId}/print?sections=incidents&paper=${paper}`);
    const pdf = await printedPdf(page, route, testInfo.outputPath(`${paper}.pdf`));
    sizes[paper] = await pdfPageSize(pdf);
    expect(flowed(await pdfText(pdf))).toContain(sampleCase.incidents[0]!.title);
  }
  expect(sizes).toEqual({ A4: '595 x 842', Letter: '612 x 792' });
});
