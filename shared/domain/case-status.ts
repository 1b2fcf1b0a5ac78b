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

/** One attached file re-hashed: as attached, changed since (its SHA-256 differs), or missing (gone or unreadable). */
export interface AttachmentCheck {
  readonly id: string;
  readonly name: string;
  readonly sha256: string;
  readonly state: 'ok' | 'changed' | 'missing';
  /** Why a missing file could not be read, when it is there but unreadable. */
  readonly reason?: string;
}

export interface Verification {
  readonly intact: boolean;
  readonly records: number;
  /** The first place the chain does not hold. */
  readonly firstBroken?: { readonly sequence: number; readonly file: string; readonly reason: string };
  /** Every problem in words, attachments' included. */
  readonly problems: readonly string[];
  /** Each attachment re-hashed; absent when the case has none. */
  readonly attachments?: readonly AttachmentCheck[];
  /** The quotes checked against their sources' text; absent from a verification that did not look at them. */
  readonly quotes?: QuoteVerification;
}

/** How the case's quotes stood against the snapshot text of their sources. */
export interface QuoteVerification {
  readonly total: number;
  /** Anchored quotes whose exact words, prefix and suffix are in their source's text at their position. */
  readonly verified: number;
  /** Kept as evidence after their words left the text: shown as orphaned, so not counted as verified. */
  readonly orphaned: number;
}

export interface BackupListing {
  readonly name: string;
  readonly createdAt: string;
  readonly bytes: number;
}
