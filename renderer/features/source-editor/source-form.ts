import type { Reliability, Source, SourceDraft, SourceKind } from '../../../shared';

/** What the source editor's fields hold; "captured at" as a local date and time, as the browser's field shows it. */
export interface SourceFormValues {
  readonly kind: SourceKind;
  readonly title: string;
  readonly author: string;
  readonly publisher: string;
  readonly published: string;
  readonly accessed: string;
  readonly url: string;
  readonly reliability: Reliability;
  readonly text: string;
  readonly origin: string;
  readonly capturedAt: string;
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** An ISO timestamp as a datetime-local field's value ("2024-05-30T11:00:05", local time); '' stays ''. */
export function localDateTime(iso: string): string {
  if (iso === '') return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const day = `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
  return `${day}T${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}:${twoDigits(date.getSeconds())}`;
}

/** A datetime-local field's value as an ISO timestamp; what cannot be read is passed on for the schema to refuse. */
function isoTimestamp(local: string): string {
  if (local.trim() === '') return '';
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}

export function formValuesOf(source: Source | undefined): SourceFormValues {
  return {
    kind: source?.kind ?? 'article',
    title: source?.title ?? '',
    author: source?.author ?? '',
    publisher: source?.publisher ?? '',
    published: source?.published ?? '',
    accessed: source?.accessed ?? '',
    url: source?.url ?? '',
    reliability: source?.reliability ?? 'F',
    text: source?.snapshot.text ?? '',
    origin: source?.snapshot.origin ?? '',
    capturedAt: localDateTime(source?.snapshot.capturedAt ?? ''),
  };
}

/**
 * The draft to validate with the shared schema and send. A "captured at" the user left alone is sent exactly as it
 * was stored: the field shows whole seconds, and saving other fields must not round the stored time.
 */
export function draftOf(values: SourceFormValues, existing: Source | undefined): SourceDraft {
  const stored = existing?.snapshot.capturedAt ?? '';
  const capturedAt = values.capturedAt === localDateTime(stored) ? stored : isoTimestamp(values.capturedAt);
  const { text, origin, ...facts } = values;
  return { ...facts, snapshot: { text, origin, capturedAt } };
}
