import { appendFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyAsIfCrashed, folderContents } from '../../support/case-files';
import { addIncidents, createStore, minute, openStore, testEnvironment, titles } from '../../support/case-store';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();

/** Permission bits of the folder and everything under it, by relative path: `600` for a file, `folder 700` for a folder. */
async function modes(folder: string): Promise<Record<string, string>> {
  const contents = await folderContents(folder);
  const under = Object.entries(contents).map(([path, description]) => [path, description.split(' ', description.startsWith('folder') ? 2 : 1).join(' ')]);
  return { '.': `folder ${((await stat(folder)).mode & 0o777).toString(8)}`, ...Object.fromEntries(under) };
}

describe('a case on disk', () => {
  it('is private to the user: folders 0700, and the snapshot, journal, history, backups, lock and damaged copies 0600', async () => {
    const folder = join(await temporaryFolder(), 'case');
    const environment = testEnvironment();
    const store = await createStore(folder, environment, { snapshotEvery: 2 });
    for (const title of titles(5)) {
      await addIncidents(store, environment, [title]);
      await store.snapshot();
      environment.advance(11 * minute);
    }
    // A torn append in a crashed copy, so a damaged file is set aside too.
    const crashed = await copyAsIfCrashed(folder, join(await temporaryFolder(), 'case'));
    await appendFile(join(crashed, 'journal.ndjson'), '{"torn');
    const recovered = await openStore(crashed, environment);
    expect(recovered.status.recovery).toHaveLength(2);

    for (const [caseFolder, open] of [[folder, store], [crashed, recovered]] as const) {
      const found = await modes(caseFolder);
      expect(Object.entries(found).filter(([, mode]) => mode !== '600' && mode !== 'folder 700')).toEqual([]);
      expect(Object.keys(found)).toEqual(expect.arrayContaining(['case.json', 'journal.ndjson', 'lock', 'history', 'backups']));
      expect(Object.keys(found).filter((path) => path.startsWith('history/')).length).toBeGreaterThan(0);
      expect(Object.keys(found).filter((path) => path.startsWith('backups/')).length).toBeGreaterThan(0);
      await open.close();
    }
    expect(Object.keys(await modes(crashed)).filter((path) => path.startsWith('damaged/'))).toHaveLength(1);
  });
});
