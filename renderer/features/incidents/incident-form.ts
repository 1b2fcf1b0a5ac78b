import type { Incident, IncidentDraft, IncidentStatus, Participant } from '../../../shared';

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
  };
}

/** "a, b,, a " → ["a", "b"]: empty entries dropped, repeats removed. */
export function tagsFrom(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim()).filter(Boolean))];
}

/** The draft to validate with the shared schema and send; the schema, not this function, judges it. */
export function draftOf(values: IncidentFormValues): IncidentDraft {
  return {
    ...values,
    tags: tagsFrom(values.tags),
    sourceIds: [...values.sourceIds],
    participants: [...values.participants],
  };
}
