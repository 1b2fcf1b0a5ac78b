import type { JournalRecord } from './journal';

/** Whether this window may change the case, and if not, why. */
export type CaseAccess = { readonly mode: 'write' } | { readonly mode: 'read-only'; readonly reason: string };

export interface CaseStatus {
  readonly access: CaseAccess;
  /** What was found damaged or lost when the case was opened, and what was done about it; empty when all was well. */
  readonly recovery: readonly string[];
  /** The last record in the case's journal. */
  readonly sequence: number;
  /** What Undo and Redo would do now, if anything. */
  readonly undo?: string;
  readonly redo?: string;
}

export type HistoryEntry = Omit<JournalRecord, 'previousHash' | 'hash' | 'session'>;

export interface HistoryPage {
  readonly total: number;
  readonly entries: readonly HistoryEntry[];
}

export interface Verification {
  readonly intact: boolean;
  readonly records: number;
  /** The first place the chain does not hold. */
  readonly firstBroken?: { readonly sequence: number; readonly file: string; readonly reason: string };
  readonly problems: readonly string[];
}

export interface BackupListing {
  readonly name: string;
  readonly createdAt: string;
  readonly bytes: number;
}
