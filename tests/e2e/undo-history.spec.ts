import { readJournalRecords } from './case-file';
import { expect, test } from './fixtures';
import { sampleCase } from './sample';

const caseId = sampleCase.case.id;
const incident = sampleCase.incidents.find((candidate) => candidate.id === 'incident-haarlem-arrests')!;
const renamed = 'Two suspects arrested in Haarlem (renamed)';

test('an edit is undone and redone, each journalled, listed in the history, and the chain verifies', async ({ host, page }) => {
  await page.goto(host.route(`/cases/${caseId}/incidents/${incident.id}`));
  await page.getByRole('link', { name: 'Edit incident' }).click();
  await page.getByLabel('Title').fill(renamed);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 2, name: renamed })).toBeVisible();

  await page.getByRole('button', { name: `Undo: Edited incident “${renamed}”` }).click();
  await expect(page.getByRole('heading', { level: 2, name: incident.title })).toBeVisible();
  await expect(page.getByText(`Undid: Edited incident “${renamed}” — saved.`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();

  // The undo reached disk: a reload reads the old title back.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: incident.title })).toBeVisible();
  const redo = page.getByRole('button', { name: `Redo: Edited incident “${renamed}”` });
  await expect(redo).toBeEnabled();
  await page.keyboard.press('Control+Shift+Z');
  await expect(page.getByRole('heading', { level: 2, name: renamed })).toBeVisible();

  const records = await readJournalRecords(host.dataDirectory, caseId);
  expect(records.map((record) => record.kind)).toEqual(['edit', 'undo', 'redo']);

  await page.getByRole('link', { name: 'History', exact: true }).click();
  await expect(page.getByText('3 changes, newest first.')).toBeVisible();
  const entries = page.getByRole('region', { name: 'Recorded changes' }).getByRole('article');
  await expect(entries.getByRole('heading')).toHaveText([`Redid: Edited incident “${renamed}”`, `Undid: Edited incident “${renamed}”`, `Edited incident “${renamed}”`]);
  const edit = entries.nth(2);
  await expect(edit.getByRole('term')).toHaveText(['Title']);
  await expect(edit.locator('del')).toHaveText(incident.title);
  await expect(edit.locator('ins')).toHaveText(renamed);

  await page.getByRole('button', { name: 'Verify case' }).click();
  await expect(page.getByRole('region', { name: 'Verify case' }).getByRole('status')).toHaveText('Intact: 3 records verified.');
});
