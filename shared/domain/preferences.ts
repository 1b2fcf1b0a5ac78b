import { z } from 'zod';
import { idSchema } from './common';

/** Preferences only: nothing in here is case data. */
export const preferencesSchema = z.object({
  authorName: z.string().trim().max(200).default(''),
  recentCaseIds: z.array(idSchema).max(50).default([]),
});
export type PreferencesData = z.infer<typeof preferencesSchema>;

export const defaultPreferences: PreferencesData = { authorName: '', recentCaseIds: [] };
