import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sealRecord } from '../../../electron/core/storage/hash-chain';
import { JournalWriter, readJournal } from '../../../electron/core/storage/journal-file';
import { genesisHash, type JournalRecord } from '../../../shared';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();

function records(count: number): JournalRecord[] {
  const sealed: JournalRecord[] = [];
  for (let sequence = 1; sequence <= count; sequence += 1) {
    const change = { collection: 'incidents' as const, id: `incident-${sequence}`, before: null, after: { id: `incident-${sequence}` } };
    const unsealed = { sequence, time: '2026-01-01T12:00:00.000Z', actor: 'Tester', session: 's', kind: 'edit' as const, label: `Edit ${sequence}`, changes: [change] };
    sealed.push(sealRecord(unsealed, sealed.at(-1)?.hash ?? genesisHash));
  }
  return sealed;
}

const lines = (list: JournalRecord[]) => list.map((record) => `${JSON.stringify(record)}\n`).join('');

async function journalWith(text: string): Promise<string> {
  const file = join(await temporaryFolder(), 'journal.ndjson');
  await writeFile(file, text);
  return file;
}

describe('reading a journal', () => {
  it('finds nothing, and no damage, in an empty or missing journal', async () => {
    expect(await readJournal(await journalWith(''))).toEqual({ records: [] });
    expect(await readJournal(join(await temporaryFolder(), 'missing.ndjson'))).toEqual({ records: [] });
  });

  it('returns the records as written, so their hashes can be checked', async () => {
    const written = records(3);
    expect(await readJournal(await journalWith(lines(written)))).toEqual({ records: written });
  });

  it('calls an unfinished last line an unfinished tail', async () => {
    const [first, second] = records(2);
    const file = await journalWith(`${lines([first!])}${JSON.stringify(second).slice(0, 30)}`);
    expect(await readJournal(file)).toEqual({
      records: [first],
      damage: { file, line: 2, reason: 'it is not valid JSON', unfinishedTail: true },
    });
  });

  it('calls a bad line followed by others damage, and stops there', async () => {
    const [first, , third] = records(3);
    const file = await journalWith(`${lines([first!])}{"sequence":2}\n${lines([third!])}`);
    const contents = await readJournal(file);
    expect(contents.records).toEqual([first]);
    expect(contents.damage).toMatchObject({ file, line: 2, unfinishedTail: false, reason: expect.stringContaining('it does not validate') });
  });

  it('calls a finished but invalid last line damage, not an unfinished tail', async () => {
    const file = await journalWith('{"not":"a record"}\n');
    expect((await readJournal(file)).damage).toMatchObject({ line: 1, unfinishedTail: false });
  });
});

describe('appending to a journal', () => {
  it('appends whole lines, creating the file private to the user', async () => {
    const file = join(await temporaryFolder(), 'journal.ndjson');
    const writer = await JournalWriter.open(file);
    const [first, second] = records(2);
    await writer.append(first!);
    await writer.append(second!);
    await writer.close();
    expect(await readFile(file, 'utf8')).toBe(lines([first!, second!]));
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('goes on after what a journal already holds', async () => {
    const [first, second] = records(2);
    const file = await journalWith(lines([first!]));
    const writer = await JournalWriter.open(file);
    await writer.append(second!);
    await writer.close();
    expect((await readJournal(file)).records).toEqual([first, second]);
  });
});
