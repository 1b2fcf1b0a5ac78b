import type { APIRequestContext, Page } from '@playwright/test';
import { httpProtocol, type MenuCommand } from '../../shared';
import { callApi } from './api';
import { expect, test, type Host } from './fixtures';
import { compact, flowed, pdfText } from './pdf';
import { sampleCase } from './sample';

const caseId = sampleCase.case.id;
const byId = <T extends { id: string }>(items: readonly T[], id: string) => items.find((item) => item.id === id)!;

const withheld = {
  entity: byId(sampleCase.entities, 'entity-bruno-retailleau'),
  quote: byId(sampleCase.quotes, 'quote-article-hybrid-warfare'),
  incident: byId(sampleCase.incidents, 'incident-2023-assadi-release'),
  annotation: byId(sampleCase.annotations, 'annotation-dutch-killings-split'),
};

async function markWithheld(request: APIRequestContext, host: Host, kind: keyof typeof withheld, id: string) {
  await callApi(request, host, 'redaction.mark', { caseId, target: { kind, id }, sensitive: true });
}

/** Opens the print view afresh (a hash change alone would leave the last summary's ready flag up meanwhile). */
async function printedText(page: Page, route: string, path: string): Promise<string> {
  await page.goto(route);
  await page.reload();
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
  await expect(page.getByText(/Leak check passed/)).toBeVisible();
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  return flowed(await pdfText(path));
}

test('a profile leaves every withheld name, quote, incident and note out of the PDF; pseudonyms stay consistent', async ({ host, page, request }, testInfo) => {
  for (const kind of ['entity', 'quote', 'incident', 'annotation'] as const) await markWithheld(request, host, kind, withheld[kind].id);
  // What must not be printed: the person's names, the quote, the incident's title and what only it cites, the note.
  const onlyForTheIncident = sampleCase.quotes.filter((quote) => quote.incidentIds.every((id) => id === withheld.incident.id) && quote.incidentIds.length > 0);
  const secrets = [
    withheld.entity.name,
    ...withheld.entity.aliases,
    withheld.quote.textQuote.exact,
    withheld.incident.title,
    ...onlyForTheIncident.map((quote) => quote.textQuote.exact),
    withheld.annotation.body.split('. ')[0]!,
  ];
  expect(onlyForTheIncident.length).toBeGreaterThan(0);

  const text = await printedText(page, host.route(`/cases/${caseId}/print?profile=profile-public`), testInfo.outputPath('public.pdf'));
  await testInfo.attach('public.txt', { body: text, contentType: 'text/plain' });
  for (const secret of secrets) expect(compact(text).toLowerCase(), secret).not.toContain(compact(secret).toLowerCase());
  expect(text).toContain('[withheld]');
  expect(text).toContain('Redacted for the “Public” profile');
  // What was not withheld is still there.
  const kept = sampleCase.incidents.filter((incident) => incident.id !== withheld.incident.id);
  for (const incident of kept) expect(compact(text), incident.title).toContain(compact(incident.title));

  const partner = await printedText(page, host.route(`/cases/${caseId}/print?profile=profile-partner`), testInfo.outputPath('partner.pdf'));
  await testInfo.attach('partner.txt', { body: partner, contentType: 'text/plain' });
  for (const secret of secrets) expect(compact(partner).toLowerCase(), secret).not.toContain(compact(secret).toLowerCase());
  // One person is withheld, so one pseudonym, the same in the cast, the incidents, the footnotes and the register.
  const pseudonyms = new Set(partner.match(/\bPerson [A-Z]{1,2}\b/g));
  expect([...pseudonyms]).toEqual(['Person A']);
  const sections = ['People and organisations', 'Source register'].map((heading) => partner.lastIndexOf(heading));
  expect(partner.indexOf('Person A')).toBeLessThan(sections[0]!);
  for (const start of sections) expect(partner.indexOf('Person A', start), `Person A after ${start}`).toBeGreaterThan(start);
});

/**
 * Stands in for the Electron preload in the browser: `window.dossier` forwards the contract to the browser host and
 * records the shell calls; `window.sendMenuCommand` plays the native menu.
 */
function installDesktopShell(page: Page, host: Host) {
  return page.addInitScript(
    ({ token, header, apiPath }) => {
      const calls: unknown[][] = [];
      let menuListener: ((command: string) => void) | undefined;
      const world = globalThis as unknown as Record<string, unknown>;
      world.shellCalls = calls;
      world.sendMenuCommand = (command: string) => menuListener?.(command);
      world.dossier = {
        invoke: async (channel: string, input: unknown) => {
          const response = await fetch(`${apiPath}${channel}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', [header]: token },
            body: JSON.stringify(input),
          });
          return response.json();
        },
        shell: {
          printPage: async (...args: unknown[]) => {
            calls.push(['printPage', ...args]);
            return { ok: true, value: { printed: true } };
          },
          exportPagePdf: async (...args: unknown[]) => {
            calls.push(['exportPagePdf', ...args]);
            return { ok: true, value: { saved: '/tmp/summary.pdf' } };
          },
          onMenuCommand: (listener: (command: string) => void) => {
            menuListener = listener;
            return () => (menuListener = undefined);
          },
          attachFiles: async () => ({ ok: true, value: { cancelled: true } }),
          openAttachment: async () => ({ ok: false, error: { code: 'internal', message: 'not in this test' } }),
        },
      };
    },
    { token: host.token, header: httpProtocol.tokenHeader, apiPath: httpProtocol.apiPath },
  );
}

const shellCalls = (page: Page) => page.evaluate(() => (globalThis as unknown as { shellCalls: unknown[][] }).shellCalls);
const sendMenuCommand = (page: Page, command: MenuCommand) =>
  page.evaluate((name) => (globalThis as unknown as { sendMenuCommand: (command: string) => void }).sendMenuCommand(name), command);

test('a withheld text inside a kept quote blocks every way to export, naming it; once fixed, the menu exports', async ({ host, page, request }, testInfo) => {
  // A second, withheld quote on a passage that a kept quote also covers: redaction removes the one, the other prints it.
  const kept = byId(sampleCase.quotes, 'quote-mi5-twenty-plots');
  const sourceText = byId(sampleCase.sources, kept.sourceId).snapshot.text;
  const inner = 'at least 20 Iranian-sponsored plots';
  const start = sourceText.indexOf(inner);
  expect(start).toBeGreaterThanOrEqual(kept.textPosition.start);
  const leaked = await callApi(request, host, 'quote.create', {
    caseId,
    quote: { sourceId: kept.sourceId, start, end: start + inner.length, credibility: 2, incidentIds: [] },
  });
  await markWithheld(request, host, 'quote', leaked.id);
  await installDesktopShell(page, host);
  const printView = host.route(`/cases/${caseId}/print?profile=profile-public`);

  await page.goto(printView);
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Export blocked');
  await expect(alert).toContainText(inner);
  const toolbar = page.getByRole('navigation', { name: 'Print' });
  await expect(toolbar.getByRole('button', { name: 'Export PDF…' })).toBeDisabled();
  await expect(toolbar.getByRole('button', { name: 'Print…' })).toBeDisabled();

  // The native menu's command keeps the chosen profile (dropping it would export the unredacted summary) and, once
  // the view is ready, is refused; so is its address opened directly, and the print command. None reaches the shell.
  await sendMenuCommand(page, 'export-summary-pdf');
  await expect(page).toHaveURL(/action=pdf/);
  await expect(page).toHaveURL(/profile=profile-public/);
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(inner);
  await page.goto(`${printView}&action=pdf`);
  await page.reload();
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(inner);
  await sendMenuCommand(page, 'print-summary');
  await expect(page).toHaveURL(/action=print/);
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(inner);
  expect(await shellCalls(page)).toEqual([]);

  // The browser's own print (Ctrl+P, here Chromium printing the page as it stands) gets a notice and nothing else.
  const bypassPath = testInfo.outputPath('bypass.pdf');
  await page.pdf({ path: bypassPath, preferCSSPageSize: true, printBackground: true });
  const bypass = flowed(await pdfText(bypassPath));
  expect(bypass).toContain('Not printed: the leak check found text');
  expect(compact(bypass)).not.toContain(compact(inner));

  // With the quote's mark cleared there is no leak: the same menu command now exports, once.
  await callApi(request, host, 'redaction.mark', { caseId, target: { kind: 'quote', id: leaked.id }, sensitive: false });
  await page.goto(printView);
  await page.reload();
  await expect(page.getByText(/Leak check passed/)).toBeVisible();
  await sendMenuCommand(page, 'export-summary-pdf');
  await expect.poll(() => shellCalls(page)).toHaveLength(1);
  expect((await shellCalls(page))[0]?.[0]).toBe('exportPagePdf');
});
