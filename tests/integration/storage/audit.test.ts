import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson } from '../../support/case-files';
import { actor, addIncident, addIncidents, createStore, openStore, renameIncident, testEnvironment, titles, unwrap } from '../../support/case-store';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();

/** A closed case with 50 records, rotated into history every seven or so (later if a snapshot is still being written). */
async function longCase(): Promise<string> {
  const folder = await temporaryFolder();
  const environment = testEnvironment();
  const store = await createStore(folder, environment, { snapshotEvery: 7 });
  await addIncidents(store, environment, titles(50));
  await store.close();
  return folder;
}

/** The history segment holding record #10, and at least #9 to #12. */
async function segmentOfTen(folder: string): Promise<string> {
  const names = await readdir(join(folder, 'history'));
  const name = names.find((candidate) => {
    const [first, last] = candidate.replace('.ndjson', '').split('-').map(Number);
    return first! <= 9 && last! >= 12;
  });
  if (!name) throw new Error(`No history segment holds records 9 to 12: ${names.join(', ')}`);
  return join(folder, 'history', name);
}

/** Swaps two neighbouring lines of a file. */
function swapped(lines: string[], at: number): string[] {
  const copy = [...lines];
  [copy[at], copy[at + 1]] = [copy[at + 1]!, copy[at]!];
  return copy;
}

async function editLines(file: string, edit: (lines: string[]) => string[]): Promise<void> {
  const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
  await writeFile(file, `${edit(lines).join('\n')}\n`);
}

async function verifyFolder(folder: string) {
  const store = await openStore(folder, testEnvironment(), { readOnly: true });
  const verification = await store.verify();
  await store.close();
  return verification;
}

describe('verifying a case', () => {
  it('finds the whole chain intact across several rotations', async () => {
    const folder = await longCase();
    expect((await readdir(join(folder, 'history'))).length).toBeGreaterThanOrEqual(4);
    expect(await verifyFolder(folder)).toEqual({ intact: true, records: 50, firstBroken: undefined, problems: [] });
  });

  it('names the record and the file when a field of a record in history was changed', async () => {
    const folder = await longCase();
    const segment = await segmentOfTen(folder);
    await editLines(segment, (lines) => lines.map((line) => line.replace('Incident 10', 'Incident ten')));
    const verification = await verifyFolder(folder);
    expect(verification).toMatchObject({
      intact: false,
      firstBroken: { sequence: 10, file: segment, reason: 'Record #10 was changed after it was written (its hash does not match).' },
    });
  });

  it('names where the chain breaks when two records were swapped', async () => {
    const folder = await longCase();
    const segment = await segmentOfTen(folder);
    await editLines(segment, (lines) => swapped(lines, lines.findIndex((line) => line.includes('"sequence":10,'))));
    expect(await verifyFolder(folder)).toMatchObject({
      intact: false,
      firstBroken: { sequence: 11, file: segment, reason: 'Record #11 follows record #9, so it should be #10.' },
    });
  });

  it('names where the chain breaks when a record was deleted', async () => {
    const folder = await longCase();
    const segment = await segmentOfTen(folder);
    await editLines(segment, (lines) => lines.filter((line) => !line.includes('"sequence":10,')));
    expect(await verifyFolder(folder)).toMatchObject({
      intact: false,
      firstBroken: { sequence: 11, file: segment, reason: 'Record #11 follows record #9, so it should be #10.' },
    });
  });

  it('notices a record rewritten with a fresh hash, at the record after it', async () => {
    const folder = await longCase();
    const segment = await segmentOfTen(folder);
    await editLines(segment, (lines) =>
      lines.map((line) => {
        const { hash: _hash, ...record } = JSON.parse(line) as { hash: string; sequence: number; label: string };
        if (record.sequence !== 10) return line;
        const forged = { ...record, label: 'Nothing happened' };
        return JSON.stringify({ ...forged, hash: createHash('sha256').update(JSON.stringify(forged)).digest('hex') });
      }),
    );
    expect(await verifyFolder(folder)).toMatchObject({ intact: false, firstBroken: { sequence: 11, file: segment } });
  });

  it('notices a snapshot that names a record the chain does not hold', async () => {
    const folder = await longCase();
    const snapshot = join(folder, 'case.json');
    const document = (await readJson(snapshot)) as { revision: { sequence: number; hash: string } };
    await writeFile(snapshot, JSON.stringify({ ...document, revision: { ...document.revision, hash: 'a'.repeat(64) } }));
    const verification = await verifyFolder(folder);
    expect(verification.intact).toBe(false);
    expect(verification.problems).toEqual([
      'The snapshot says it includes record #50, but the chain does not hold that record as the snapshot names it.',
    ]);
  });
});

describe('the history of a case', () => {
  it('comes in pages, newest first, across history segments and the live journal', async () => {
    const folder = await temporaryFolder();
    const environment = testEnvironment();
    const store = await createStore(folder, environment, { snapshotEvery: 5 });
    await addIncidents(store, environment, titles(12));
    const first = await store.history({ offset: 0, limit: 5 });
    expect(first.total).toBe(12);
    expect(first.entries.map((entry) => entry.sequence)).toEqual([12, 11, 10, 9, 8]);
    expect(first.entries[0]).toEqual({
      sequence: 12,
      time: expect.any(String),
      actor: 'Tester',
      kind: 'edit',
      label: 'Created incident “Incident 12”',
      target: undefined,
      changes: [expect.objectContaining({ collection: 'incidents', before: null })],
    });
    const last = await store.history({ offset: 10, limit: 5 });
    expect(last.entries.map((entry) => entry.sequence)).toEqual([2, 1]);
    expect((await store.history({ offset: 20, limit: 5 })).entries).toEqual([]);
    await store.close();
  });

  it('is read whole while edits go on and the journal is rotated into history', async () => {
    const folder = await temporaryFolder();
    const environment = testEnvironment();
    const store = await createStore(folder, environment, { snapshotEvery: 2 });
    const pending: Array<Promise<unknown>> = [];
    const pages: Array<Promise<{ expected: number; total: number; intact: boolean }>> = [];
    for (let edit = 1; edit <= 30; edit += 1) {
      pending.push(store.apply(addIncident(environment, { title: `Edit ${edit}` }), actor));
      pages.push(
        Promise.all([store.history({ offset: 0, limit: 1 }), store.verify()]).then(([page, verification]) => ({
          expected: edit,
          total: page.total,
          intact: verification.intact,
        })),
      );
    }
    await Promise.all(pending);
    for (const page of await Promise.all(pages)) expect(page).toEqual({ expected: page.expected, total: page.expected, intact: true });
    await store.close();
  });

  it('can be narrowed to one object', async () => {
    const folder = await temporaryFolder();
    const environment = testEnvironment();
    const store = await createStore(folder, environment, { snapshotEvery: 2 });
    const [watched] = await addIncidents(store, environment, ['Watched', 'Other']);
    const renamed = unwrap(await store.apply(renameIncident(environment, watched!, 'Watched, renamed'), actor));
    await addIncidents(store, environment, ['Another']);
    unwrap(await store.undo(actor));
    unwrap(await store.undo(actor));
    const page = await store.history({ objectId: watched!.id, offset: 0, limit: 10 });
    expect(page.total).toBe(3);
    expect(page.entries.map(({ sequence, kind, label }) => ({ sequence, kind, label }))).toEqual([
      { sequence: 6, kind: 'undo', label: 'Undid: Edited incident “Watched, renamed”' },
      { sequence: 3, kind: 'edit', label: 'Edited incident “Watched, renamed”' },
      { sequence: 1, kind: 'edit', label: 'Created incident “Watched”' },
    ]);
    expect(page.entries[1]!.changes).toEqual([{ collection: 'incidents', id: watched!.id, before: watched, after: renamed }]);
    await store.close();
  });
});
