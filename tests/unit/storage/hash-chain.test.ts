import { describe, expect, it } from 'vitest';
import { chainStart, checkLink, sealRecord, type UnsealedRecord } from '../../../electron/core/storage/hash-chain';
import { genesisHash, journalRecordSchema } from '../../../shared';

function unsealed(sequence: number, label = `Edit ${sequence}`): UnsealedRecord {
  return {
    sequence,
    time: '2026-01-01T12:00:00.000Z',
    actor: 'Tester',
    session: 'session',
    kind: 'edit',
    label,
    changes: [{ collection: 'incidents', id: `incident-${sequence}`, before: null, after: { id: `incident-${sequence}` } }],
  };
}

describe('the hash chain', () => {
  const first = sealRecord(unsealed(1), genesisHash);
  const second = sealRecord(unsealed(2), first.hash);

  it('seals records that validate and follow one another', () => {
    expect(journalRecordSchema.safeParse(second).success).toBe(true);
    expect(second.previousHash).toBe(first.hash);
    expect(checkLink(first, chainStart)).toBeUndefined();
    expect(checkLink(second, { sequence: 1, hash: first.hash })).toBeUndefined();
  });

  it('notices any field changed after sealing', () => {
    for (const changed of [{ ...second, label: 'Something else' }, { ...second, actor: 'Someone else' }, { ...second, time: '2026-01-02T12:00:00.000Z' }]) {
      expect(checkLink(changed, { sequence: 1, hash: first.hash })).toEqual({ sequence: 2, reason: 'was changed after it was written (its hash does not match)' });
    }
  });

  it('notices a record out of order, and one that names another predecessor', () => {
    expect(checkLink(second, chainStart)).toEqual({ sequence: 2, reason: 'follows record #0, so it should be #1' });
    const forged = sealRecord(unsealed(2), 'f'.repeat(64));
    expect(checkLink(forged, { sequence: 1, hash: first.hash })).toEqual({ sequence: 2, reason: 'does not carry the hash of record #1' });
  });

  it('hashes the record as written, so the same content always seals alike', () => {
    expect(sealRecord(unsealed(1), genesisHash).hash).toBe(first.hash);
    expect(sealRecord(unsealed(1, 'Other'), genesisHash).hash).not.toBe(first.hash);
  });
});
