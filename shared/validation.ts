import type { z } from 'zod';
import { failure, success, type Result } from './result';

/** One readable sentence naming each field that failed and why, e.g. `incident.date must be an EDTF date…`. */
export function describeIssues(error: z.ZodError, limit = 5): string {
  const parts = error.issues.slice(0, limit).map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : 'input';
    return `${field} ${issue.message}`;
  });
  const more = error.issues.length > limit ? ` (and ${error.issues.length - limit} more)` : '';
  return `${parts.join('; ')}${more}.`;
}

/** Parses untrusted input with a schema, turning a mismatch into an `invalid-input` failure. */
export function parseInput<T>(schema: z.ZodType<T, unknown>, input: unknown): Result<T> {
  const parsed = schema.safeParse(input);
  return parsed.success ? success(parsed.data) : failure('invalid-input', describeIssues(parsed.error));
}
