import { appendFile, copyFile, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyAsIfCrashed, readLines } from '../../support/case-files';
import { addIncidents, createStore, openStore, testEnvironment, titles } from '../../support/case-store';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();

/** A case whose writer died after confirming `count` edits, none of them in a snapshot yet; and the titles it holds. */
async function crashedCase(count: number) {
  const folder = await temporaryFolder();
  const environment = testEnvironment();
  const store = await createStore(folder, environment);
  const added = await addIncidents(store, environment, titles(count));
  const crashed = await copyAsIfCrashed(folder, join(await temporaryFolder(), 'case'));
  await store.close();
  return { crashed, environment, added };
}

async function damagedFiles(folder: string): Promise<string[]> {
  return (await readdir(join(folder, 'damaged')).catch(() => [] as string[])).map((name) => join(folder, 'damaged', name));
}

describe('a torn last journal line', () => {
  it('is discarded: the case opens with every edit before it, says so, keeps the torn file and goes on cleanly', async () => {
    const { crashed, environment, added } = await crashedCase(4);
    const journal = join(crashed, 'journal.ndjson');
    const lines = (await readFile(journal, 'utf8')).split('\n');
    // The writer died halfway through appending the fourth record.
    const torn = `${lines.slice(0, 3).join('\n')}\n${lines[3]!.slice(0, 150)}`;
    await writeFile(journal, torn);

    const store = await openStore(crashed, environment);
    expect(store.file.incidents).toEqual(added.slice(0, 3));
    const [aside, ...more] = await damagedFiles(crashed);
    expect(more).toEqual([]);
    expect(await readFile(aside!, 'utf8')).toBe(torn);
    expect(store.status).toMatchObject({
      access: { mode: 'write' },
      sequence: 3,
      recovery: [
        'An edit that was still being saved when Dossier stopped was never confirmed as saved, and was discarded.',
        `The damaged journal files were kept aside: ${aside}.`,
      ],
    });
    expect((await readLines(journal)).map((record) => record.sequence)).toEqual([1, 2, 3]);

    await addIncidents(store, environment, ['After the crash']);
    expect((await readLines(journal)).map((record) => record.sequence)).toEqual([1, 2, 3, 4]);
    await store.close();
    const reopened = await openStore(crashed, environment);
    expect(reopened.status.recovery).toEqual([]);
    expect(reopened.file.incidents.map((incident) => incident.title)).toEqual(['Incident 1', 'Incident 2', 'Incident 3', 'After the crash']);
    expect(await reopened.verify()).toMatchObject({ intact: true, records: 4 });
    await reopened.close();
  });

  it('is not reported as damage to a reader, who may have caught a live writer mid-append', async () => {
    const { crashed, environment, added } = await crashedCase(2);
    await appendFile(join(crashed, 'journal.ndjson'), '{"sequence":3,"ti');
    const reader = await openStore(crashed, environment, { readOnly: true });
    expect(reader.status).toMatchObject({ sequence: 2, recovery: [] });
    expect(reader.file.incidents).toEqual(added);
    await reader.close();
    expect(await damagedFiles(crashed)).toEqual([]);
  });
});

describe('a damaged record in the middle of the journal', () => {
  const damages = [
    ['cut short', (line: string) => line.slice(0, 40), 'line 3 of JOURNAL: it is not valid JSON'],
    ['changed after it was written', (line: string) => line.replace('Incident 3', 'Incident three'), 'record #3 was changed after it was written (its hash does not match)'],
    ['missing a field', (line: string) => line.replace('"actor":"Tester",', ''), 'line 3 of JOURNAL: it does not validate: actor'],
  ] as const;

  it.each(damages)('(%s) leaves the case with every edit before it, names the file and keeps it aside', async (_label, damage, reason) => {
    const { crashed, environment, added } = await crashedCase(5);
    const journal = join(crashed, 'journal.ndjson');
    const lines = (await readFile(journal, 'utf8')).split('\n');
    const damaged = lines.map((line, index) => (index === 2 ? damage(line) : line)).join('\n');
    await writeFile(journal, damaged);

    const store = await openStore(crashed, environment);
    expect(store.file.incidents).toEqual(added.slice(0, 2));
    const [aside] = await damagedFiles(crashed);
    expect(await readFile(aside!, 'utf8')).toBe(damaged);
    const [loss, kept] = store.status.recovery;
    expect(loss).toContain(`The journal is damaged after record #2 (${reason.replace('JOURNAL', journal)}`);
    expect(loss).toContain('The case opened with every edit up to #2; anything recorded after it is lost from the case.');
    expect(kept).toBe(`The damaged journal files were kept aside: ${aside}.`);
    expect((await readLines(journal)).map((record) => record.sequence)).toEqual([1, 2]);
    await store.close();
  });
});

describe('a damaged history segment the snapshot does not include yet', () => {
  const damages = [
    ['changed after it was written', (line: string) => line.replace('Incident 2', 'Incident two')],
    ['cut short', (line: string) => line.slice(0, 40)],
  ] as const;

  it.each(damages)('(%s) keeps the edits before the damage, and still has them after the next restart', async (_label, damage) => {
    const folder = await temporaryFolder();
    const environment = testEnvironment();
    const store = await createStore(folder, environment, { snapshotEvery: 3 });
    const firstSnapshot = join(await temporaryFolder(), 'case.json');
    await copyFile(join(folder, 'case.json'), firstSnapshot);
    const added = await addIncidents(store, environment, titles(7));
    await store.close();
    // As if the writer died after rotating the journal into history but before the snapshot was written, and a
    // record in the first segment was later damaged.
    await copyFile(firstSnapshot, join(folder, 'case.json'));
    const [segment, ...later] = (await readdir(join(folder, 'history'))).sort();
    expect(later.length).toBeGreaterThan(0);
    const segmentFile = join(folder, 'history', segment!);
    const lines = (await readFile(segmentFile, 'utf8')).split('\n');
    await writeFile(segmentFile, lines.map((line, index) => (index === 1 ? damage(line) : line)).join('\n'));

    const recovered = await openStore(folder, environment);
    expect(recovered.file.incidents).toEqual(added.slice(0, 1));
    expect(recovered.status.recovery[0]).toContain('The journal is damaged after record #1');
    // Every file that held records past the damage was kept aside before it was removed or rewritten.
    const kept = await Promise.all((await damagedFiles(folder)).map((file) => readLines(file, true)));
    expect(kept.flat().map((record) => record.sequence)).toEqual(expect.arrayContaining([4, 5, 6, 7]));

    // The process dies before it writes another snapshot; the next start must find what the last one kept.
    const crashed = await copyAsIfCrashed(folder, join(await temporaryFolder(), 'case'));
    await recovered.close();
    const restarted = await openStore(crashed, environment);
    expect(restarted.file.incidents).toEqual(added.slice(0, 1));
    expect(restarted.status.recovery).toEqual([]);
    expect(await restarted.verify()).toMatchObject({ intact: true, records: 1 });
    await restarted.close();
  });

  it('opens when the writer died inside a rotation, before the new journal existed', async () => {
    const folder = await temporaryFolder();
    const environment = testEnvironment();
    const store = await createStore(folder, environment, { snapshotEvery: 3 });
    const firstSnapshot = join(await temporaryFolder(), 'case.json');
    await copyFile(join(folder, 'case.json'), firstSnapshot);
    const added = await addIncidents(store, environment, titles(3));
    await store.close();
    await copyFile(firstSnapshot, join(folder, 'case.json'));
    await rm(join(folder, 'journal.ndjson'));
    const [segment] = await readdir(join(folder, 'history'));
    const segmentFile = join(folder, 'history', segment!);
    const lines = (await readFile(segmentFile, 'utf8')).split('\n');
    await writeFile(segmentFile, lines.map((line, index) => (index === 2 ? line.slice(0, 40) : line)).join('\n'));

    const recovered = await openStore(folder, environment);
    expect(recovered.file.incidents).toEqual(added.slice(0, 2));
    expect(recovered.status.recovery[0]).toContain('The journal is damaged after record #2');
    await recovered.close();
  });
});
