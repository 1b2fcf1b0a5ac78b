import { describe, expect, it } from 'vitest';
import { sealRecord } from '../../../electron/core/storage/hash-chain';
import { replay } from '../../../electron/core/storage/replay';
import { createIncident, genesisHash, incidentDraftSchema, type CaseFile, type JournalRecord, type ObjectChange } from '../../../shared';
import { emptyCase, testEnvironment } from '../../support/case-store';

const environment = testEnvironment();
const start = emptyCase(environment);

function chain(changes: ObjectChange[][]): JournalRecord[] {
  const sealed: JournalRecord[] = [];
  for (const [index, list] of changes.entries()) {
    const unsealed = { sequence: index + 1, time: '2026-01-01T12:00:00.000Z', actor: 'Tester', session: 's', kind: 'edit' as const, label: `Edit ${index + 1}`, changes: list };
    sealed.push(sealRecord(unsealed, sealed.at(-1)?.hash ?? genesisHash));
  }
  return sealed;
}

function incidentChange(file: CaseFile, title: string): ObjectChange {
  const edit = createIncident(file, incidentDraftSchema.parse({ title }), environment);
  if (!edit.ok) throw new Error(edit.error.message);
  return edit.value.changes[0]!;
}

describe('replaying a journal onto a snapshot', () => {
  it('applies every record that follows the chain', () => {
    const records = chain([[incidentChange(start, 'One')], [incidentChange(start, 'Two')]]);
    const replayed = replay(start, records);
    expect(replayed).toMatchObject({ applied: 2, last: { sequence: 2, hash: records[1]!.hash } });
    expect(replayed.broken).toBeUndefined();
    expect(replayed.file.incidents.map((incident) => incident.title)).toEqual(['One', 'Two']);
    expect(start.incidents).toEqual([]);
  });

  it('stops before a record that does not follow, keeping everything before it', () => {
    const records = chain([[incidentChange(start, 'One')], [incidentChange(start, 'Two')], [incidentChange(start, 'Three')]]);
    const replayed = replay(start, [records[0]!, records[2]!]);
    expect(replayed).toMatchObject({ applied: 1, last: { sequence: 1 }, broken: { sequence: 3 } });
    expect(replayed.file.incidents.map((incident) => incident.title)).toEqual(['One']);
  });

  it('stops before a record holding an object that does not validate', () => {
    const bad: ObjectChange = { collection: 'incidents', id: 'bad', before: null, after: { id: 'bad', title: '' } };
    const replayed = replay(start, chain([[incidentChange(start, 'One')], [bad]]));
    expect(replayed).toMatchObject({ applied: 1, broken: { sequence: 2, reason: 'holds a incidents object that does not validate' } });
  });

  it('stops before a record that does not fit the case, such as one changing what does not exist', () => {
    const change = incidentChange(start, 'Ghost');
    const replayed = replay(start, chain([[{ ...change, before: change.after }]]));
    expect(replayed).toMatchObject({ applied: 0, broken: { sequence: 1, reason: expect.stringContaining('does not exist') } });
  });

  it('starts from where the snapshot stands in the chain', () => {
    const records = chain([[incidentChange(start, 'One')], [incidentChange(start, 'Two')]]);
    const snapshot = { ...replay(start, records.slice(0, 1)).file, revision: { sequence: 1, hash: records[0]!.hash } };
    expect(replay(snapshot, records.slice(1))).toMatchObject({ applied: 1, last: { sequence: 2 } });
    expect(replay(snapshot, records)).toMatchObject({ applied: 0, broken: { sequence: 1 } });
  });

  it('brings objects written before a field existed up to the current schema, as a migration would', () => {
    const change = incidentChange(start, 'Written by an older Dossier');
    const { claims: _claims, ...olderIncident } = change.after as Record<string, unknown>;
    const replayed = replay(start, chain([[{ ...change, after: olderIncident }]]));
    expect(replayed.broken).toBeUndefined();
    expect(replayed.file.incidents[0]).toMatchObject({ title: 'Written by an older Dossier', claims: [] });
  });
});
