import type { ChangeCollection, ObjectChange } from '../../../shared';
import { capitalised } from '../../lib/labels';

const nouns: Record<ChangeCollection, string> = {
  case: 'case details',
  incidents: 'incident',
  sources: 'source',
  quotes: 'quote',
  entities: 'person or organisation',
  annotations: 'note',
  incidentLinks: 'link between incidents',
  attachments: 'attachment',
  trash: 'trash entry',
  redactionProfiles: 'redaction profile',
};

const fieldLabels: Record<string, string> = {
  sourceIds: 'Sources',
  incidentIds: 'Incidents',
  participants: 'People and organisations',
  analystJudgement: 'Analyst’s judgement',
  body: 'Text',
  textQuote: 'Quote',
  textPosition: 'Position in the text',
  fromIncidentId: 'From incident',
  toIncidentId: 'To incident',
};

/** Every update stamps `updatedAt`; the entry's own time already says when. */
const bookkeeping = new Set(['id', 'createdAt', 'updatedAt']);

export interface FieldChange {
  readonly field: string;
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

export type ChangeDescription =
  | { readonly action: 'created' | 'deleted'; readonly noun: string; readonly title: string }
  | { readonly action: 'changed'; readonly noun: string; readonly title: string; readonly fields: readonly FieldChange[] };

type Titled = { readonly id: string; readonly title: string };

/** What names the objects of a case: its outline, or the whole document. */
export interface NamedObjects {
  readonly case: { readonly id: string; readonly name: string };
  readonly incidents: readonly Titled[];
  readonly sources: readonly Titled[];
  readonly entities: readonly { readonly id: string; readonly name: string }[];
}

/** Names of everything in the case by id, so a change can say "Audit office report" where it stores an id. */
export function namesOf(file: NamedObjects): ReadonlyMap<string, string> {
  return new Map<string, string>([
    [file.case.id, file.case.name],
    ...file.incidents.map((incident) => [incident.id, incident.title] as const),
    ...file.sources.map((source) => [source.id, source.title] as const),
    ...file.entities.map((entity) => [entity.id, entity.name] as const),
  ]);
}

export function fieldLabel(field: string): string {
  return fieldLabels[field] ?? capitalised(field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
}

/** A stored value as a person reads it: ids become names, lists are joined, yes/no for booleans. */
export function valueText(value: unknown, names: ReadonlyMap<string, string>): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return names.get(value) ?? value;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((item) => valueText(item, names)).filter(Boolean).join(value.some((item) => typeof item === 'object') ? '; ' : ', ');
  if (typeof value === 'object') {
    const [first, ...rest] = Object.values(value).map((item) => valueText(item, names)).filter(Boolean);
    return rest.length === 0 ? (first ?? '') : `${first} (${rest.join(', ')})`;
  }
  return String(value);
}

/** The fields whose values differ between two states of one object, in the order the object lists them. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>, names: ReadonlyMap<string, string>): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((field) => !bookkeeping.has(field));
  return fields
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, label: fieldLabel(field), before: valueText(before[field], names), after: valueText(after[field], names) }));
}

/** What names an object to a reader: its title, name, quoted text or note body. */
export function objectTitle(state: Record<string, unknown>): string {
  const quote = state.textQuote as { exact?: unknown } | undefined;
  const candidates = [state.title, state.name, quote?.exact, state.body, state.id];
  return candidates.find((candidate): candidate is string => typeof candidate === 'string' && candidate !== '') ?? '';
}

export function describeChange(change: ObjectChange, names: ReadonlyMap<string, string>): ChangeDescription {
  const noun = nouns[change.collection];
  if (change.before === null) return { action: 'created', noun, title: objectTitle(change.after ?? {}) };
  if (change.after === null) return { action: 'deleted', noun, title: objectTitle(change.before) };
  return { action: 'changed', noun, title: objectTitle(change.after), fields: changedFields(change.before, change.after, names) };
}
