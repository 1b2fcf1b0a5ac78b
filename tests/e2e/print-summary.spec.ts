import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { callApi } from './api';
import { expect, test } from './fixtures';
import { firstPagePng, flowed, pdfPageCount, pdfText } from './pdf';
import { sampleCase, sampleChronology } from './sample';

const caseId = sampleCase.case.id;
const caseName = sampleCase.case.name;

// Each quote is one footnote per incident it supports.
const footnoteCount = sampleCase.quotes.reduce((total, quote) => total + quote.incidentIds.length, 0);

/** "612 x 792" for Letter, "595 x 842" for A4 (points, rounded). */
async function pageSize(pdf: string): Promise<string> {
  const { stdout } = await promisify(execFile)('pdfinfo', [pdf]);
  const match = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(stdout);
  return match ? `${Math.round(Number(match[1]))} x ${Math.round(Number(match[2]))}` : stdout;
}

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

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

  // The source reference's wording is the citation style's; the quote, the source and the grade are the summary's.
  expect(text).toMatch(
    /“authorities have disrupted at least 20 Iranian-sponsored plots targeting British citizens since 2022” — Ken McCallum, .{0,100}?[.”] Grade B2 \(Usually reliable; Probably true\)\./,
  );
  expect(text).toContain('Grade F2 (Reliability cannot be judged; Probably true)');
  expect(text).toContain('Grade C3 (Fairly reliable; Possibly true)');
  expect(text).toContain(`[${footnoteCount}]`);
  expect(text).not.toContain(`[${footnoteCount + 1}]`);

  expect(text).toContain(note);
  expect(text).toMatch(/ANALYST['’]S JUDGEMENT/i);

  // The contents name the register too; its heading is the one after the last incident.
  const register = text.indexOf('Source register', headings.at(-1)!);
  expect(register).toBeGreaterThan(headings.at(-1)!);
  expect(text).toMatch(/Only the sources this summary cites: 5 sources of 5 in the case/);
  // A hyphenated title may wrap at its hyphen in the register's entries ("Iranian- sponsored").
  const registerText = text.slice(register).replace(/- /g, '-');
  for (const source of sampleCase.sources) expect(registerText, source.title).toContain(source.title);
  expect(text.slice(register)).toContain('B — Usually reliable');
  expect(text.slice(register)).toContain('F — Reliability cannot be judged');
  expect(text).toContain('People and organisations');
  expect(text).toContain('Assadolah Assadi');

  expect(pages).toBeGreaterThan(1);
  expect(text).toContain(`Page 1 of ${pages}`);
  expect(text).toContain(`Page ${pages} of ${pages}`);
  // The running header carries the case name, so it is on pages that do not otherwise name the case; the marking
  // is in the header and the footer of every page.
  expect(flowed(await pdfText(pdf, pages))).toContain(caseName);
  expect(occurrences(text, 'TLP:AMBER')).toBeGreaterThanOrEqual(2 * pages);
  expect(await pageSize(pdf)).toBe('595 x 842');

  const image = await firstPagePng(pdf, testInfo.outputPath('summary-page-1'));
  await testInfo.attach('summary-page-1.png', { path: image, contentType: 'image/png' });
});

test('the builder chooses incidents, sections, marking and paper, and a reload keeps them', async ({ host, page }, testInfo) => {
  const confirmed = sampleCase.incidents.filter((incident) => incident.status === 'confirmed').map((incident) => incident.title);
  const others = sampleCase.incidents.filter((incident) => incident.status !== 'confirmed').map((incident) => incident.title);
  await page.goto(host.route(`/cases/${caseId}/print`));
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
  const settings = page.getByRole('form', { name: 'Print settings' });
  await settings.getByRole('checkbox', { name: 'Confirmed' }).check();
  await settings.getByRole('checkbox', { name: 'People and organisations' }).uncheck();
  await settings.getByRole('combobox', { name: 'Marking' }).selectOption('TLP:RED');
  await settings.getByRole('radio', { name: 'Letter' }).check();
  await settings.getByRole('textbox', { name: 'Prepared by' }).fill('Мария Иванова');
  await expect(page.getByRole('article', { name: 'Printed summary' })).toContainText('Мария Иванова');

  await page.reload();
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
  const pdf = testInfo.outputPath('confirmed-summary.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const text = flowed(await pdfText(pdf));
  const pages = await pdfPageCount(pdf);
  await testInfo.attach('confirmed-summary.txt', { body: text, contentType: 'text/plain' });

  for (const title of confirmed) expect(text, title).toContain(title);
  for (const title of others) expect(text, title).not.toContain(title);
  expect(text).toContain(`${confirmed.length} incidents of ${sampleCase.incidents.length}: those confirmed.`);
  expect(text).toContain('Мария Иванова');
  expect(text).not.toContain('People and organisations');
  expect(text).not.toContain('TLP:AMBER');
  expect(occurrences(text, 'TLP:RED')).toBeGreaterThanOrEqual(2 * pages);
  expect(await pageSize(pdf)).toBe('612 x 792');
});

test('a redaction profile takes a sensitive person out of the PDF, names and aliases, under a pseudonym', async ({ host, page, request }, testInfo) => {
  const assadi = sampleCase.entities.find((entity) => entity.name === 'Assadolah Assadi')!;
  await callApi(request, host, 'redaction.mark', { caseId, target: { kind: 'entity', id: assadi.id }, sensitive: true });
  await page.goto(host.route(`/cases/${caseId}/print?profile=profile-partner`));
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
  await expect(page.getByText(/Leak check passed/)).toBeVisible();
  const pdf = testInfo.outputPath('partner-summary.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const text = flowed(await pdfText(pdf));
  await testInfo.attach('partner-summary.txt', { body: text, contentType: 'text/plain' });
  for (const name of [assadi.name, ...assadi.aliases]) expect(text.toLowerCase()).not.toContain(name.toLowerCase());
  expect(text).toContain('Redacted for the “Partner” profile');
  expect(text).toMatch(/Person [A-Z]\b/);
  // Everything else is still there: the incidents and their grades.
  for (const title of sampleChronology.filter((title) => !title.includes('Assadi'))) expect(text).toContain(title);
  expect(text).toContain('Grade B2 (Usually reliable; Probably true)');
});

test('markup, scripts from right to left and very long quotes print as text', async ({ host, page, request }, testInfo) => {
  const created = await callApi(request, host, 'case.create', { name: 'مراقبة — 监视 — Наблюдение', summary: '<b>not bold</b> **not markdown**' });
  const incident = await callApi(request, host, 'incident.create', {
    caseId: created.id,
    incident: { title: 'اجتماع في فيينا <script>alert(1)</script>', date: '2019?', summary: '会议在维也纳举行。' },
  });
  await callApi(request, host, 'annotation.create', {
    caseId: created.id,
    target: { kind: 'incident', id: incident.id },
    annotation: { body: '**Checked** <img src="http://127.0.0.1:9/x.png"> twice', analystJudgement: true },
  });
  // A quote of several pages: it may run across pages, but every word of it is printed.
  const longText = Array.from({ length: 600 }, (_, index) => `Sentence ${index + 1} of the witness statement.`).join(' ');
  const source = await callApi(request, host, 'source.create', {
    caseId: created.id,
    source: { title: 'Witness statement', reliability: 'C', snapshot: { text: longText } },
  });
  await callApi(request, host, 'quote.create', {
    caseId: created.id,
    quote: { sourceId: source.id, start: 0, end: longText.length, credibility: 3, incidentIds: [incident.id], locator: 'pp. 1–9' },
  });
  await page.goto(host.route(`/cases/${created.id}/print`));
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
  const printed = page.getByRole('article', { name: 'Printed summary' });
  const pdf = testInfo.outputPath('awkward-summary.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const text = flowed(await pdfText(pdf));
  expect(text).toContain('Sentence 1 of the witness statement.');
  expect(text).toContain('Sentence 600 of the witness statement.');
  expect(text).toContain('Grade C3');
  expect(text).toContain('Наблюдение');
  await expect(printed).toContainText('<b>not bold</b> **not markdown**');
  await expect(printed).toContainText('اجتماع في فيينا <script>alert(1)</script>');
  await expect(printed).toContainText('会议在维也纳举行。');
  await expect(printed.getByRole('heading', { level: 2, name: /اجتماع/ }).locator('[dir="auto"]')).toHaveCount(1);
  await expect(printed.locator('strong', { hasText: 'Checked' })).toHaveCount(1);
  await expect(printed.locator('img')).toHaveCount(0);
  // An uncertain date is printed as written, in words.
  await expect(printed).toContainText('2019?');
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
