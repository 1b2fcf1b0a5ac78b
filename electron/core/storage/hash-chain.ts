import { createHash } from 'node:crypto';
import { genesisHash, type JournalRecord } from '../../../shared';

export type UnsealedRecord = Omit<JournalRecord, 'hash' | 'previousHash'>;

/** The hash covers the record as written, previous hash included, so no field can change unnoticed. */
export function hashOf(record: Omit<JournalRecord, 'hash'>): string {
  return createHash('sha256').update(JSON.stringify(record)).digest('hex');
}

export function sealRecord(record: UnsealedRecord, previousHash: string): JournalRecord {
  const linked = { ...record, previousHash };
  return { ...linked, hash: hashOf(linked) };
}

export interface ChainBreak {
  readonly sequence: number;
  readonly reason: string;
}

/** Checks one record against the one before it (or the chain's start); returns why it does not follow, if it doesn't. */
export function checkLink(record: JournalRecord, previous: { sequence: number; hash: string }): ChainBreak | undefined {
  if (record.sequence !== previous.sequence + 1) {
    return { sequence: record.sequence, reason: `follows record #${previous.sequence}, so it should be #${previous.sequence + 1}` };
  }
  if (record.previousHash !== previous.hash) {
    return { sequence: record.sequence, reason: `does not carry the hash of record #${previous.sequence}` };
  }
  const { hash, ...content } = record;
  if (hashOf(content) !== hash) return { sequence: record.sequence, reason: 'was changed after it was written (its hash does not match)' };
  return undefined;
}

export const chainStart = { sequence: 0, hash: genesisHash };
