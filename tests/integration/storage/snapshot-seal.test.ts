import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../../electron/core/storage/case-store';
import { caseFolderLayout, segmentName } from '../../../electron/core/storage/case-folder';
import { readSealedListing } from '../../../electron/core/storage/case-listing';
import { readSealedSnapshot } from '../../../electron/core/storage/snapshot-file';
import { actor, addIncident, createStore, openStore, storeOptions, testEnvironment, unwrap } from '../../support/case-store';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();
const titlesInManyScripts = ['Enquête à Besançon', 'Поджог склада', 'حريق في الميناء', '港口火灾', '😀 emoji'];

async function caseWithScripts(): Promise<{ folder: string; environment: ReturnType<typeof testEnvironment> }> {
  const folder = await temporaryFolder();
  const environment = testEnvironment();
  const store = await createStore(folder, environment);
  for (const title of titlesInManyScripts) unwrap(await store.apply(addIncident(environment, { title }), actor));
  await store.close();
  return { folder, environment };
}

describe('the sealed snapshot', () => {
  it('is pure ASCII on disk and reads back every script exactly', async () => {
    const { folder, environment } = await caseWithScripts();
    const bytes = await readFile(join(folder, 'case.json'));
    expect(bytes.every((byte) => byte < 0x80)).toBe(true);
    expect(bytes.toString('latin1')).toContain('\\u0434');
    const reopened = await openStore(folder, environment);
    expect(reopened.file.incidents.map((incident) => incident.title)).toEqual(titlesInManyScripts);
    await reopened.close();
  });

  it('is trusted on opening while its bytes are the ones Dossier wrote', async () => {
    const { folder } = await caseWithScripts();
    const read = await readSealedSnapshot(join(folder, 'case.json'), join(folder, 'case.seal'));
    expect(read.trusted).toBe(true);
  });

  it('is validated again once anything changed it: an invalid hand edit is refused, never trusted', async () => {
    const { folder, environment } = await caseWithScripts();
    const snapshot = join(folder, 'case.json');
    const text = await readFile(snapshot, 'latin1');
    // Still JSON, same length, but no longer a valid case: a status that does not exist.
    await writeFile(snapshot, text.replace('"status":"alleged"', '"status":"allegro"'));
    expect((await readSealedSnapshot(snapshot, join(folder, 'case.seal'))).trusted).toBe(false);
    const opened = await CaseStore.open(folder, storeOptions(environment, { readOnly: true }));
    const reasons = opened.ok ? opened.value.status.recovery.join(' ') : opened.error.message;
    expect(reasons).toMatch(/status/);
  });

  it('only costs trust when the seal is garbage or missing: the case opens, validated, and a new seal is written', async () => {
    const { folder, environment } = await caseWithScripts();
    await writeFile(join(folder, 'case.seal'), 'not a seal at all');
    expect((await readSealedSnapshot(join(folder, 'case.json'), join(folder, 'case.seal'))).trusted).toBe(false);
    const store = await openStore(folder, environment);
    expect(store.file.incidents).toHaveLength(titlesInManyScripts.length);
    unwrap(await store.apply(addIncident(environment, { title: 'One more' }), actor));
    await store.close();
    expect((await readSealedSnapshot(join(folder, 'case.json'), join(folder, 'case.seal'))).trusted).toBe(true);
  });
});

describe('the listing kept in the seal', () => {
  it('gives the library what it shows of a closed case without reading the case', async () => {
    const { folder } = await caseWithScripts();
    expect(await readSealedListing(caseFolderLayout(folder))).toMatchObject({ name: 'Harbour fires', incidentCount: titlesInManyScripts.length });
  });

  it('is not used while the journal holds edits past it', async () => {
    const { folder, environment } = await caseWithScripts();
    const store = await openStore(folder, environment);
    unwrap(await store.apply(addIncident(environment, { title: 'Not yet in the snapshot' }), actor));
    expect(await readSealedListing(caseFolderLayout(folder))).toBeUndefined();
    await store.close();
    expect(await readSealedListing(caseFolderLayout(folder))).toMatchObject({ incidentCount: titlesInManyScripts.length + 1 });
  });

  it('is not used when the snapshot changed size or a history segment runs past it', async () => {
    const { folder } = await caseWithScripts();
    const layout = caseFolderLayout(folder);
    await mkdir(layout.history, { recursive: true });
    await writeFile(join(layout.history, segmentName(100, 120)), '');
    expect(await readSealedListing(layout)).toBeUndefined();
    const other = (await caseWithScripts()).folder;
    await writeFile(join(other, 'case.json'), '{"truncated":');
    expect(await readSealedListing(caseFolderLayout(other))).toBeUndefined();
  });
});
