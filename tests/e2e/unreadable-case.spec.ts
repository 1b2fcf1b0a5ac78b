import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { httpProtocol } from '../../shared';
import { expect, test } from './fixtures';
import { sampleCase } from './sample';

const sampleFile = resolve(import.meta.dirname, '../../seeds/sample-case.json');

// Two ways a case file goes bad: cut off mid-write by another program, or edited by hand into the wrong shape.
const brokenFiles = {
  'cut-off': '{"schemaVersion": 1, "case": {"id": "cut-off", "name": "Half a ca',
  'wrong-shape': `${JSON.stringify({ schemaVersion: 1, case: { id: 'wrong-shape', name: 42 }, incidents: 'several' }, null, 2)}\n`,
} as const;

test('case files that do not validate are reported by name and left byte for byte as they were', async ({ dataDirectory, startHost, page, request }) => {
  const cases = join(dataDirectory, 'cases');
  await mkdir(join(cases, sampleCase.case.id), { recursive: true });
  await copyFile(sampleFile, join(cases, sampleCase.case.id, 'case.json'));
  const paths = Object.fromEntries(Object.keys(brokenFiles).map((folder) => [folder, join(cases, folder, 'case.json')]));
  for (const [folder, content] of Object.entries(brokenFiles)) {
    await mkdir(join(cases, folder));
    await writeFile(paths[folder]!, content);
  }

  const host = await startHost();
  await page.goto(host.url);
  await expect(page.getByRole('link', { name: sampleCase.case.name })).toBeVisible();
  const problems = page.getByRole('region', { name: '2 case files could not be read' });
  await expect(problems).toContainText(paths['cut-off']!);
  await expect(problems).toContainText(paths['wrong-shape']!);
  await expect(problems).toContainText('case.name');

  // Opening the broken case and writing to it both fail without touching the file.
  await page.goto(host.route('/cases/wrong-shape'));
  await expect(page.getByRole('alert')).toContainText('could not be read');
  const write = await request.post(`${host.origin}${httpProtocol.apiPath}annotation.create`, {
    headers: { [httpProtocol.tokenHeader]: host.token },
    data: { caseId: 'wrong-shape', target: { kind: 'case', id: 'wrong-shape' }, annotation: { body: 'Overwrite me' } },
  });
  expect(await write.json()).toMatchObject({ ok: false, error: { code: 'case-unreadable' } });
  await page.goto(host.url);
  await expect(problems).toBeVisible();

  for (const [folder, content] of Object.entries(brokenFiles)) {
    const bytes = await readFile(paths[folder]!);
    expect(bytes.equals(Buffer.from(content)), `${folder}/case.json is unchanged`).toBe(true);
  }
});
