/** Results cross every boundary as values, never as thrown errors. */

export const errorCodes = [
  'invalid-input',
  'not-found',
  'case-unreadable',
  'read-only',
  /** The change cannot be made as things stand, e.g. an id is in use again; the message says what is in the way. */
  'conflict',
  'storage-failed',
  'unknown-channel',
  'unauthorized',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface Failure {
  readonly code: ErrorCode;
  /** A sentence a person can act on. */
  readonly message: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Failure };

export function success<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function failure<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}
