import { hostname } from 'node:os';
import { httpProtocol } from '../../shared';
import { readJournalRecords } from './case-file';
import { expect, test } from './fixtures';
import { sampleCase } from './sample';

const caseId = sampleCase.case.id;
const incidentId = 'incident-haarlem-arrests';

test('a second Dossier on the same library shows an open case read-only, says why, and cannot change it', async ({ startHost, browser, page, request }) => {
  const first = await startHost();
  await page.goto(first.route(`/cases/${caseId}/incidents/${incidentId}`));
  await expect(page.getByRole('link', { name: 'Edit incident' })).toBeVisible();

  const second = await startHost();
  const other = await browser.newPage();
  await other.goto(second.route(`/cases/${caseId}/incidents/${incidentId}`));
  await expect(other.getByRole('status').filter({ hasText: 'Read-only.' })).toContainText(
    `open for editing in another Dossier (process ${first.pid} on ${hostname()}`,
  );
  for (const name of ['New incident', 'Edit incident', 'Add annotation', 'Undo', 'Redo']) {
    await expect(other.getByRole('button', { name, exact: true }), name).toBeDisabled();
  }
  await expect(other.getByRole('link', { name: 'Edit incident' })).toHaveCount(0);

  // The host refuses a write however it is sent, and nothing reaches the journal.
  const response = await request.post(`${second.origin}${httpProtocol.apiPath}annotation.create`, {
    headers: { [httpProtocol.tokenHeader]: second.token },
    data: { caseId, target: { kind: 'case', id: caseId }, annotation: { body: 'Written from the second window' } },
  });
  expect(await response.json()).toMatchObject({ ok: false, error: { code: 'read-only' } });
  expect(await readJournalRecords(first.dataDirectory, caseId)).toEqual([]);

  // The first window still edits.
  await page.getByRole('button', { name: 'Add annotation' }).click();
  await expect(page.getByRole('form', { name: 'New annotation' })).toBeVisible();
  await other.close();
});
