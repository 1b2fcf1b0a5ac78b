import { httpProtocol } from '../../shared';
import { callApi } from './api';
import { readCaseFile } from './case-file';
import { expect, test } from './fixtures';
import { sampleCase } from './sample';

const caseId = sampleCase.case.id;
const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

/** What the hostile note would set if any of it ran (the test runs in Node, without DOM types). */
const pwned = () => (globalThis as { __pwned?: number }).__pwned;

test('an incident with an invalid EDTF date is refused, naming the date, and nothing is written', async ({ host, page, request }) => {
  const before = await readCaseFile(host.dataDirectory, caseId);
  await page.goto(host.route(`/cases/${caseId}/incidents/new`));
  await page.getByLabel('Title').fill('Meeting in Vienna');
  const date = page.getByLabel('Date');
  await date.fill('2019-13-45');
  await page.getByRole('button', { name: 'Create incident' }).click();

  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAccessibleDescription(/EDTF date/);
  await expect(page.getByRole('alert')).toContainText('Some fields need attention');
  await expect(page.getByRole('navigation', { name: `Incidents (${sampleCase.incidents.length})` })).toBeVisible();

  // The host refuses it too, naming the field, whatever the form lets through.
  const response = await request.post(`${host.origin}${httpProtocol.apiPath}incident.create`, {
    headers: { [httpProtocol.tokenHeader]: host.token },
    data: { caseId, incident: { title: 'Meeting in Vienna', date: '2019-13-45' } },
  });
  expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('incident.date') } });

  expect((await readCaseFile(host.dataDirectory, caseId)).equals(before)).toBe(true);
  const file = await callApi(request, host, 'case.get', { caseId });
  expect(file.incidents.map((incident) => incident.title)).not.toContain('Meeting in Vienna');
});

test('a note holding HTML and script is shown inert, on screen and in the print view', async ({ host, page }) => {
  await page.goto(host.route(`/cases/${caseId}/incidents/incident-2018-paris-rally-plot`));
  await page.getByRole('button', { name: 'Add annotation' }).click();
  const form = page.getByRole('form', { name: 'New annotation' });
  await form.getByLabel('Annotation').fill(hostile);
  await form.getByRole('button', { name: 'Save annotation' }).click();
  const annotations = page.getByRole('region', { name: /^Annotations/ });
  await expect(annotations.getByRole('status').filter({ hasText: 'Saved' })).toHaveCount(1);

  const note = annotations.getByRole('article').filter({ hasText: '[remote image not shown]' });
  await expect(note).toHaveCount(1);
  await expect(note.locator('img, script, [onerror]')).toHaveCount(0);
  expect(await page.evaluate(pwned)).toBeUndefined();

  await page.goto(host.route(`/cases/${caseId}/print`));
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
  const printed = page.getByRole('complementary').filter({ hasText: '[remote image not shown]' });
  await expect(printed).toHaveCount(1);
  await expect(page.locator('.print-summary').locator('img, script, [onerror]')).toHaveCount(0);
  expect(await page.evaluate(pwned)).toBeUndefined();
});
