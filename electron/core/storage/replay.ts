import {
  annotationSchema,
  applyChanges,
  caseDetailsSchema,
  entitySchema,
  incidentLinkSchema,
  incidentSchema,
  quoteSchema,
  sourceSchema,
  type CaseFile,
  type ChangeCollection,
  type JournalRecord,
} from '../../../shared';
import { checkLink, type ChainBreak } from './hash-chain';

const objectSchemas: Record<ChangeCollection, { safeParse(value: unknown): { success: boolean } }> = {
  case: caseDetailsSchema,
  incidents: incidentSchema,
  sources: sourceSchema,
  quotes: quoteSchema,
  entities: entitySchema,
  annotations: annotationSchema,
  incidentLinks: incidentLinkSchema,
};

export interface Replayed {
  readonly file: CaseFile;
  readonly last: { sequence: number; hash: string };
  /** How many records were applied. */
  readonly applied: number;
  /** Why replay stopped before the end, if it did. */
  readonly broken?: ChainBreak;
}

function invalidObject(record: JournalRecord): ChainBreak | undefined {
  const invalid = record.changes.find(
    (change) => change.after !== null && !objectSchemas[change.collection].safeParse(change.after).success,
  );
  return invalid ? { sequence: record.sequence, reason: `holds a ${invalid.collection} object that does not validate` } : undefined;
}

/**
 * Replays journal records onto a snapshot. Each must follow the one before in the hash chain, and every object it
 * writes must validate; replay stops at the first that does not, keeping everything before it.
 */
export function replay(snapshot: CaseFile, records: readonly JournalRecord[]): Replayed {
  let file = snapshot;
  let last = { sequence: snapshot.revision.sequence, hash: snapshot.revision.hash };
  for (const [index, record] of records.entries()) {
    const broken = checkLink(record, last) ?? invalidObject(record);
    if (broken) return { file, last, applied: index, broken };
    const next = applyChanges(file, record.changes);
    if (!next.ok) return { file, last, applied: index, broken: { sequence: record.sequence, reason: next.error.message } };
    file = next.value;
    last = { sequence: record.sequence, hash: record.hash };
  }
  return { file, last, applied: records.length };
}
