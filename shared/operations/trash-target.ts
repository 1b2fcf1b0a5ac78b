import { z } from 'zod';
import type { CaseFile } from '../domain/case-file';
import { idSchema } from '../domain/common';
import type { TrashableCollection } from '../domain/trash';

/** What the user can delete: each kind of object the case holds, by the word the UI uses for it. */
export const deletableKinds = ['incident', 'source', 'quote', 'entity', 'annotation', 'attachment', 'incidentLink'] as const;
export type DeletableKind = (typeof deletableKinds)[number];

export const deletionTargetSchema = z.object({ kind: z.enum(deletableKinds), id: idSchema });
export type DeletionTarget = z.infer<typeof deletionTargetSchema>;

export const collectionOfKind: Readonly<Record<DeletableKind, TrashableCollection>> = {
  incident: 'incidents',
  source: 'sources',
  quote: 'quotes',
  entity: 'entities',
  annotation: 'annotations',
  attachment: 'attachments',
  incidentLink: 'incidentLinks',
};

export const kindOfCollection: Readonly<Record<TrashableCollection, DeletableKind>> = {
  incidents: 'incident',
  sources: 'source',
  quotes: 'quote',
  entities: 'entity',
  annotations: 'annotation',
  attachments: 'attachment',
  incidentLinks: 'incidentLink',
};

/** An object of any trashable collection, as the trash keeps it. */
export type Stored = Readonly<Record<string, unknown>> & { readonly id: string };

export interface TrashedObject {
  readonly collection: TrashableCollection;
  readonly value: Stored;
}

const titleLength = 80;

/** A text cut to one line a person can read in a list or a label: at most 80 characters, whitespace collapsed. */
export function excerpt(text: string, length = titleLength): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > length ? `${line.slice(0, length - 1).trimEnd()}…` : line;
}

const nouns: Readonly<Record<Exclude<DeletableKind, 'entity'>, string>> = {
  incident: 'incident',
  source: 'source',
  quote: 'quote',
  annotation: 'note',
  attachment: 'attachment',
  incidentLink: 'link',
};

/** The word for an object of a collection when the object itself is not at hand. */
export function nounOfCollection(collection: TrashableCollection): string {
  const kind = kindOfCollection[collection];
  return kind === 'entity' ? 'entity' : nouns[kind];
}

/** The word for one object: "source", "note", and for an entity what it is ("person", "place"). */
export function nounOf(object: TrashedObject): string {
  const kind = kindOfCollection[object.collection];
  if (kind !== 'entity') return nouns[kind];
  return typeof object.value.kind === 'string' ? object.value.kind : 'entity';
}

export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function plural(count: number, noun: string): string {
  if (count === 1) return `1 ${noun}`;
  return `${count} ${noun === 'person' ? 'people' : `${noun}s`}`;
}

/** Counts in words, in the order the kinds first appear: "3 quotes, 1 note". */
export function countsInWords(objects: readonly TrashedObject[]): string {
  const counts = new Map<string, number>();
  for (const object of objects) counts.set(nounOf(object), (counts.get(nounOf(object)) ?? 0) + 1);
  return [...counts].map(([noun, count]) => plural(count, noun)).join(', ');
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The title of an incident by id, or a phrase saying it is gone. */
export function incidentTitle(file: CaseFile, incidentId: string): string {
  const incident = file.incidents.find((candidate) => candidate.id === incidentId);
  return incident ? excerpt(incident.title) : 'an incident no longer in the case';
}

/** What a person calls an object: its title or name, the start of a quote or note, a link by its two ends. */
export function titleOf(file: CaseFile, object: TrashedObject): string {
  const { value } = object;
  switch (object.collection) {
    case 'incidents':
    case 'sources':
      return excerpt(text(value.title));
    case 'entities':
    case 'attachments':
      return excerpt(text(value.name));
    case 'quotes':
      return excerpt(text((value.textQuote as { exact?: unknown } | undefined)?.exact));
    case 'annotations':
      return excerpt(text(value.body).replace(/[*_`#>]/g, ''));
    case 'incidentLinks':
      return `${incidentTitle(file, text(value.fromIncidentId))} → ${incidentTitle(file, text(value.toIncidentId))} (${text(value.kind)})`;
  }
}

/** "source “Court ruling”", as labels and sentences name an object. */
export function namedObject(file: CaseFile, object: TrashedObject): string {
  return `${nounOf(object)} “${titleOf(file, object)}”`;
}

/** "source “Court ruling” (and 3 quotes, 1 note)": what one deletion holds, the object the user chose first. */
export function deletionSummary(file: CaseFile, objects: readonly TrashedObject[]): string {
  const [first, ...rest] = objects;
  if (!first) return 'nothing';
  return rest.length === 0 ? namedObject(file, first) : `${namedObject(file, first)} (and ${countsInWords(rest)})`;
}
