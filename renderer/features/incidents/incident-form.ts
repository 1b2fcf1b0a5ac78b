import type { ClaimDraft, Incident, IncidentDraft, IncidentStatus, Participant } from '../../../shared';

/**
 * A claim as the editor holds it. `key` tells rows apart while they are moved about; a claim written in this form
 * has no `id` until the core gives it one on saving.
 */
export interface ClaimValues {
  readonly key: string;
  readonly id: string | undefined;
  readonly text: string;
  readonly quoteIds: readonly string[];
}

/** What the editor's fields hold: tags as typed (comma-separated), a participant's entity possibly not yet chosen. */
export interface IncidentFormValues {
  readonly title: string;
  readonly summary: string;
  readonly date: string;
  readonly place: string;
  readonly status: IncidentStatus;
  readonly tags: string;
  readonly sourceIds: readonly string[];
  readonly participants: readonly Participant[];
  readonly claims: readonly ClaimValues[];
}

// Ids are letters, digits, "-" and "_", so keys with a colon never meet a stored claim's id.
const storedClaimKey = (id: string) => `claim:${id}`;

/** A new, empty claim; `serial` only has to differ between the claims added in one form. */
export function newClaim(serial: number): ClaimValues {
  return { key: `draft:${serial}`, id: undefined, text: '', quoteIds: [] };
}

export function formValuesOf(incident: Incident | undefined): IncidentFormValues {
  return {
    title: incident?.title ?? '',
    summary: incident?.summary ?? '',
    date: incident?.date ?? '',
    place: incident?.place ?? '',
    status: incident?.status ?? 'alleged',
    tags: incident?.tags.join(', ') ?? '',
    sourceIds: incident?.sourceIds ?? [],
    participants: incident?.participants ?? [],
    claims: incident?.claims.map((claim) => ({ ...claim, key: storedClaimKey(claim.id) })) ?? [],
  };
}

/** "a, b,, a " → ["a", "b"]: empty entries dropped, repeats removed. */
export function tagsFrom(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim()).filter(Boolean))];
}

function claimDraftOf({ id, text, quoteIds }: ClaimValues): ClaimDraft {
  return id === undefined ? { text, quoteIds: [...quoteIds] } : { id, text, quoteIds: [...quoteIds] };
}

/** The draft to validate with the shared schema and send; the schema, not this function, judges it. */
export function draftOf(values: IncidentFormValues): IncidentDraft {
  return {
    ...values,
    tags: tagsFrom(values.tags),
    sourceIds: [...values.sourceIds],
    participants: [...values.participants],
    claims: values.claims.map(claimDraftOf),
  };
}
