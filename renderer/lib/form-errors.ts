import type { z } from 'zod';
import { capitalised } from './labels';

/** The first problem of each field, keyed by its path ("title", "participants.0.entityId"), as a sentence. */
export type FieldErrors = Readonly<Record<string, string>>;

export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.');
    errors[key] ??= `${capitalised(issue.message)}.`;
  }
  return errors;
}

/** The first error at or under a path, e.g. any `tags.3` problem for the tags field. */
export function errorUnder(errors: FieldErrors, path: string): string | undefined {
  const key = Object.keys(errors).find((candidate) => candidate === path || candidate.startsWith(`${path}.`));
  return key === undefined ? undefined : errors[key];
}
