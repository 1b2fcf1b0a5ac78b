import { callApi } from './api';
import { expect, test } from './fixtures';
import { firstPagePng, flowed, pdfPageCount, pdfText } from './pdf';
import { sampleCase, sampleChronology } from './sample';

const caseId = sampleCase.case.id;
const caseName = sampleCase.case.name;

// Each quote is one footnote per incident it supports.
const footnoteCount = sampleCase.quotes.reduce((total, quote) => total + quote.incidentIds.length, 0);

function positionsOf(text: string, needles: readonly string[]): number[] {
  return needles.map((needle) => text.indexOf(needle));
}

test('the printed case summary cites every quote with its source and grades, page by page', async ({ host, page, request }, testInfo) => {
  const note = 'Cross-checked against the Antwerp court record; the dates agree.';
  await callApi(request, host, 'annotation.create', {
    caseId,
    target: { kind: 'incident', id: 'incident-2018-paris-rally-plot' },
    annotation: { body: `**Cross-checked** against the Antwerp court record; the dates agree.`, analystJudgement: true },
  });

  await page.goto(host.route(`/cases/${caseId}/print`));
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: caseName })).toBeVisible();
  const pdf = testInfo.outputPath('case-summary.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });

  const text = flowed(await pdfText(pdf));
  const pages = await pdfPageCount(pdf);
  await testInfo.attach('case-summary.txt', { body: text, contentType: 'text/plain' });

  expect(text).toContain(caseName);
  expect(text).toMatch(/Printed \S/);
  expect(text).not.toContain('Back to case');

  const headings = positionsOf(text, sampleChronology.map((title, index) => `${index + 1}. ${title}`));
  expect(headings.every((position) => position >= 0), `incident headings at ${headings.join(', ')}`).toBe(true);
  expect(headings).toEqual([...headings].sort((first, second) => first - second));

  expect(text).toContain(
    '“authorities have disrupted at least 20 Iranian-sponsored plots targeting British citizens since 2022” — ' +
      'Ken McCallum, Director General of MI5, on Iranian-sponsored plots, Ken McCallum. Grade B2 (Usually reliable; Probably true).',
  );
  expect(text).toContain('Grade F2 (Reliability cannot be judged; Probably true)');
  expect(text).toContain('Grade C3 (Fairly reliable; Possibly true)');
  expect(text).toContain(`[${footnoteCount}]`);
  expect(text).not.toContain(`[${footnoteCount + 1}]`);

  expect(text).toContain(note);
  expect(text).toMatch(/ANALYST['’]S JUDGEMENT/i);

  const register = text.indexOf('Source register');
  expect(register).toBeGreaterThan(headings.at(-1)!);
  for (const source of sampleCase.sources) expect(text.indexOf(source.title, register), source.title).toBeGreaterThan(register);
  expect(text.slice(register)).toContain('B — Usually reliable');
  expect(text.slice(register)).toContain('F — Reliability cannot be judged');
  expect(text).toContain('People and organisations');
  expect(text).toContain('Assadolah Assadi');

  expect(pages).toBeGreaterThan(1);
  expect(text).toContain(`Page 1 of ${pages}`);
  expect(text).toContain(`Page ${pages} of ${pages}`);
  // The running header carries the case name, so it is on pages that do not otherwise name the case.
  expect(flowed(await pdfText(pdf, pages))).toContain(caseName);

  const image = await firstPagePng(pdf, testInfo.outputPath('summary-page-1'));
  await testInfo.attach('summary-page-1.png', { path: image, contentType: 'image/png' });
});

test('an empty case prints a clear summary', async ({ host, page, request }, testInfo) => {
  const created = await callApi(request, host, 'case.create', { name: 'Empty test case', summary: 'Nothing recorded yet.' });
  await page.goto(host.route(`/cases/${created.id}/print`));
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
  const pdf = testInfo.outputPath('empty-summary.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const text = flowed(await pdfText(pdf));
  expect(text).toContain('Empty test case');
  expect(text).toContain('This case has no incidents yet.');
  expect(text).toContain('0 incidents');
});

test('the print view prints once when the menu asks, and its toolbar prints again and leads back', async ({ host, page }) => {
  // Counts calls instead of opening the browser's print dialog.
  await page.addInitScript(() => {
    const browserWindow = globalThis as unknown as { print: () => void; prints?: number };
    browserWindow.print = () => {
      browserWindow.prints = (browserWindow.prints ?? 0) + 1;
    };
  });
  const prints = () => page.evaluate(() => (globalThis as { prints?: number }).prints ?? 0);
  await page.goto(host.route(`/cases/${caseId}/print?action=print`));
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
  await expect.poll(prints).toBe(1);
  await expect(page).not.toHaveURL(/action=print/);

  await page.getByRole('navigation', { name: 'Print' }).getByRole('button', { name: /Print/ }).click();
  await expect.poll(prints).toBe(2);

  // The menu asks again while the view is open, as a second navigation to the same route.
  await page.goto(host.route(`/cases/${caseId}/print?action=print`));
  await expect.poll(prints).toBe(3);

  await page.getByRole('link', { name: 'Back to case' }).click();
  await expect(page.getByRole('navigation', { name: `Incidents (${sampleCase.incidents.length})` })).toBeVisible();
});
