import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CaseStore } from '../../../electron/core/storage/case-store';
import { sampleCase } from '../../../seeds';
import { currentSchemaVersion } from '../../../shared';
import { call, openTestCore } from '../../support/core';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();

describe('the library on disk', () => {
  it('puts the sample case in an empty data folder on first start, with private permissions', async () => {
    const folder = await temporaryFolder();
    const core = await openTestCore(folder);
    const library = await call(core, 'library.list', {});
    expect(library.cases.map((listing) => listing.id)).toEqual([sampleCase.case.id]);
    expect(library.problems).toEqual([]);
    const caseFile = join(folder, 'cases', sampleCase.case.id, 'case.json');
    expect((await stat(caseFile)).mode & 0o777).toBe(0o600);
    expect((await stat(join(folder, 'cases'))).mode & 0o777).toBe(0o700);
  });

  it('does not bring the sample case back once the library exists', async () => {
    const folder = await temporaryFolder();
    await (await openTestCore(folder)).close();
    await rm(join(folder, 'cases', sampleCase.case.id), { recursive: true });
    const core = await openTestCore(folder);
    expect((await call(core, 'library.list', {})).cases).toEqual([]);
  });

  it('creates a case in its own folder and reads it back after a restart', async () => {
    const folder = await temporaryFolder();
    const core = await openTestCore(folder);
    const created = await call(core, 'case.create', { name: 'Harbour fires', summary: 'Three fires, one owner.' });
    await core.close();
    const reopened = await openTestCore(folder);
    const file = await call(reopened, 'case.get', { caseId: created.id });
    expect(file.case).toMatchObject({ name: 'Harbour fires', summary: 'Three fires, one owner.' });
    await reopened.close();
    expect(JSON.parse(await readFile(join(folder, 'cases', created.id, 'case.json'), 'utf8')).schemaVersion).toBe(currentSchemaVersion);
  });

  it('leaves no temporary files behind after writes', async () => {
    const folder = await temporaryFolder();
    const core = await openTestCore(folder);
    const created = await call(core, 'case.create', { name: 'Quiet case' });
    await call(core, 'case.update', { caseId: created.id, details: { name: 'Quiet case, renamed', summary: '' } });
    await core.close();
    const names = await readdir(join(folder, 'cases', created.id), { recursive: true });
    expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(names).toContain('case.json');
  });

  it('remembers recently opened cases in the preferences', async () => {
    const folder = await temporaryFolder();
    const core = await openTestCore(folder);
    await call(core, 'case.get', { caseId: sampleCase.case.id });
    expect((await call(core, 'preferences.get', {})).recentCaseIds).toEqual([sampleCase.case.id]);
  });
});

describe('a case file that cannot be read', () => {
  const damaged = [
    ['is not JSON', '{"schemaVersion": 1, "case": ', /not valid JSON/],
    ['does not validate', JSON.stringify({ schemaVersion: 1, case: { id: 'broken', name: '' } }), /does not validate: .*case\./],
    ['comes from a newer Dossier', JSON.stringify({ schemaVersion: 99 }), /newer Dossier/],
  ] as const;

  it.each(damaged)('is reported by name and never overwritten when it %s', async (_label, content, reason) => {
    const folder = await temporaryFolder();
    await (await openTestCore(folder)).close();
    const file = join(folder, 'cases', 'broken', 'case.json');
    await mkdir(join(folder, 'cases', 'broken'));
    await writeFile(file, content);
    const core = await openTestCore(folder);
    const library = await call(core, 'library.list', {});
    expect(library.cases).toHaveLength(1);
    expect(library.problems).toEqual([{ file, reason: expect.stringMatching(reason) }]);
    const opened = await core.invoke('case.get', { caseId: 'broken' });
    expect(opened).toMatchObject({ ok: false, error: { code: 'case-unreadable' } });
    const edit = await core.invoke('case.update', { caseId: 'broken', details: { name: 'Overwrite?', summary: '' } });
    expect(edit).toMatchObject({ ok: false, error: { code: 'case-unreadable' } });
    expect(await readFile(file, 'utf8')).toBe(content);
  });

  it('opens a case once when a screen asks for several things about it at the same moment', async () => {
    const folder = await temporaryFolder();
    await (await openTestCore(folder)).close();
    const core = await openTestCore(folder);
    const caseId = sampleCase.case.id;
    const opening = vi.spyOn(CaseStore, 'open');
    const [outline, status, overview] = await Promise.all([
      core.invoke('case.outline', { caseId }),
      core.invoke('case.status', { caseId }),
      core.invoke('case.overview', { caseId }),
    ]);
    expect([outline.ok, overview.ok]).toEqual([true, true]);
    // A second opening would have found the first one's lock and left the case read-only.
    expect(status).toMatchObject({ ok: true, value: { access: { mode: 'write' } } });
    expect(opening).toHaveBeenCalledTimes(1);
    opening.mockRestore();
    await core.close();
  });
});
