import { z } from 'zod';
import { isEdtfDate } from './dates';

export const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'must be an identifier of letters, digits, "-" or "_"');
export type Id = z.infer<typeof idSchema>;

export const timestampSchema = z.iso.datetime({ offset: true });

/** What the core assigns to every stored object: its id and when it was made and last changed. */
export const storedFields = {
  id: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
};

export function requiredText(maximum: number) {
  return z.string().trim().min(1, 'must not be empty').max(maximum, `must be at most ${maximum} characters`);
}

export function optionalText(maximum: number) {
  return z.string().trim().max(maximum, `must be at most ${maximum} characters`).default('');
}

/** An EDTF date, or the empty string when the date is not known. */
export const edtfDateSchema = z
  .string()
  .trim()
  .max(64)
  .refine((text) => text === '' || isEdtfDate(text), 'must be an EDTF date such as 2018, 2023-11?, or 2015/2017')
  .default('');

export const tagsSchema = z
  .array(z.string().trim().min(1, 'must not be empty').max(64, 'must be at most 64 characters'))
  .max(100)
  .default([]);
