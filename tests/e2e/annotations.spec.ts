import { readCaseFile, readJournalRecords } from './case-file';
import { expect, test } from './fixtures';
import { sampleCase } from './sample';

const caseId = sampleCase.case.id;
const incidentId = 'incident-haarlem-arrests';

test('a markdown note on an incident is saved to disk and still there after a reload', async ({ host, page }) => {
  const body = 'Checked against the **Haarlem court** listing.\n\n- hearing set for _spring_';
  await page.goto(host.route(`/cases/${caseId}/incidents/${incidentId}`));
  const annotations = page.getByRole('region', { name: 'Annotations (0)' });
  await annotations.getByRole('button', { name: 'Add annotation' }).click();
  const form = page.getByRole('form', { name: 'New annotation' });
  await form.getByLabel('Annotation').fill(body);
  await form.getByRole('button', { name: 'Save annotation' }).click();
  const saved = page.getByRole('region', { name: 'Annotations (1)' });
  // The section's own status line; each note's sensitivity control has one of its own.
  await expect(saved.getByRole('status').filter({ hasText: 'Saved' })).toHaveCount(1);

  // "Saved" means the edit's record is in the journal on disk, before any snapshot is written.
  const records = await readJournalRecords(host.dataDirectory, caseId);
  const created = records.flatMap((record) => record.changes).find((change) => change.collection === 'annotations' && change.after?.body === body);
  expect(created?.after?.target).toEqual({ kind: 'incident', id: incidentId });

  await page.reload();
  const note = page.getByRole('region', { name: 'Annotations (1)' }).getByRole('article');
  await expect(note).toContainText('Checked against the Haarlem court listing.');
  await expect(note.locator('strong')).toHaveText('Haarlem court');
  await expect(note.getByRole('listitem')).toHaveText('hearing set for spring');

  // Closing the host writes the last snapshot: the note is then in case.json itself.
  await host.stop();
  const stored = JSON.parse((await readCaseFile(host.dataDirectory, caseId)).toString('utf8')) as typeof sampleCase;
  const annotation = stored.annotations.find((candidate) => candidate.body === body);
  expect(annotation?.target).toEqual({ kind: 'incident', id: incidentId });
});
