import { z } from 'zod';
import { idSchema, requiredText, storedFields } from './common';

/**
 * A sensitive mark, as entities, quotes, annotations and incidents carry it. A marked item is withheld from EVERY
 * redaction profile except those it is released to: absent means "not sensitive, printed for everyone".
 *
 * Why withheld-by-default rather than a `withheldFrom` list: a profile made later (say "Press") must not print what
 * an analyst already marked sensitive just because nobody thought to add the new profile to each mark. Deleting a
 * profile can only withhold more, never less. In the editor this is one checkbox ("Sensitive") and, under it, the
 * few profiles it may still be printed for, all unticked to start with.
 */
export const sensitivitySchema = z.object({
  /** Profiles that may still print the item; every other profile leaves it out. */
  releasedTo: z.array(idSchema).max(100).default([]),
});
export type Sensitivity = z.infer<typeof sensitivitySchema>;

/** Spread into the stored schemas of the kinds that can be marked; never into drafts, so editing keeps the mark. */
export const sensitivityField = { sensitivity: sensitivitySchema.optional() };

export const sensitiveKinds = ['incident', 'quote', 'entity', 'annotation'] as const;
export type SensitiveKind = (typeof sensitiveKinds)[number];
export const sensitiveTargetSchema = z.object({ kind: z.enum(sensitiveKinds), id: idSchema });
export type SensitiveTarget = z.infer<typeof sensitiveTargetSchema>;

export const redactionProfileDraftSchema = z.object({
  name: requiredText(100),
  /**
   * Whether sensitive people, organisations and places are kept under a pseudonym ("Person A") instead of being
   * left out altogether. Either way their real names and aliases are taken out of every printed text.
   */
  pseudonymize: z.boolean().default(true),
});
export type RedactionProfileDraft = z.input<typeof redactionProfileDraftSchema>;
export type RedactionProfileFields = z.output<typeof redactionProfileDraftSchema>;

/** Who a printed summary is for, and so what it leaves out. */
export const redactionProfileSchema = redactionProfileDraftSchema.extend(storedFields);
export type RedactionProfile = z.infer<typeof redactionProfileSchema>;

/**
 * The two profiles every case starts with. Their ids are fixed so that migrating the same old file twice (a
 * snapshot is migrated again on every open until it is rewritten) gives the same ids the journal's records name.
 */
export function defaultRedactionProfiles(at: string): RedactionProfile[] {
  return [
    { id: 'profile-partner', name: 'Partner', pseudonymize: true, createdAt: at, updatedAt: at },
    { id: 'profile-public', name: 'Public', pseudonymize: false, createdAt: at, updatedAt: at },
  ];
}

/** True when the item may not be printed for this profile; with no profile (the analyst's own copy) nothing is. */
export function isWithheld(item: { readonly sensitivity?: Sensitivity | undefined }, profileId: string | undefined): boolean {
  if (profileId === undefined || item.sensitivity === undefined) return false;
  return !item.sensitivity.releasedTo.includes(profileId);
}

/**
 * The mark two items merged into one keep: sensitive if either was, released only to profiles both were released
 * to, so that merging never lets a name print where one of them was withheld.
 */
export function strictestSensitivity(first: Sensitivity | undefined, second: Sensitivity | undefined): Sensitivity | undefined {
  if (first === undefined) return second;
  if (second === undefined) return first;
  return { releasedTo: first.releasedTo.filter((id) => second.releasedTo.includes(id)) };
}
