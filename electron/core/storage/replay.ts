import { applyChanges, normalizedChange, type CaseFile, type JournalRecord, type ObjectChange } from '../../../shared';
import { checkLink, type ChainBreak } from './hash-chain';

export interface Replayed {
  readonly file: CaseFile;
  readonly last: { sequence: number; hash: string };
  /** How many records were applied. */
  readonly applied: number;
  /** Why replay stopped before the end, if it did. */
  readonly broken?: ChainBreak;
}

/** The record's changes with every object validated and brought to the current schema, or why not. */
function normalizedChanges(record: JournalRecord): ObjectChange[] | ChainBreak {
  const changes: ObjectChange[] = [];
  for (const change of record.changes) {
    const normalized = normalizedChange(change);
    if (!normalized) return { sequence: record.sequence, reason: `holds a ${change.collection} object that does not validate` };
    changes.push(normalized);
  }
  return changes;
}

/**
 * Replays journal records onto a snapshot. Each must follow the one before in the hash chain, and every object it
 * writes must validate; replay stops at the first that does not, keeping everything before it.
 */
export function replay(snapshot: CaseFile, records: readonly JournalRecord[]): Replayed {
  let file = snapshot;
  let last = { sequence: snapshot.revision.sequence, hash: snapshot.revision.hash };
  for (const [index, record] of records.entries()) {
    const linkBroken = checkLink(record, last);
    if (linkBroken) return { file, last, applied: index, broken: linkBroken };
    const changes = normalizedChanges(record);
    if (!Array.isArray(changes)) return { file, last, applied: index, broken: changes };
    const next = applyChanges(file, changes);
    if (!next.ok) return { file, last, applied: index, broken: { sequence: record.sequence, reason: next.error.message } };
    file = next.value;
    last = { sequence: record.sequence, hash: record.hash };
  }
  return { file, last, applied: records.length };
}
