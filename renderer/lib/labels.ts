import {
  credibilityGrades,
  reliabilityGrades,
  type Credibility,
  type EntityRole,
  type IncidentStatus,
  type Reliability,
  type SourceKind,
} from '../../shared';

export function reliabilityMeaning(grade: Reliability): string {
  return reliabilityGrades[grade];
}

/** e.g. "B — Usually reliable". */
export function reliabilityLabel(grade: Reliability): string {
  return `${grade} — ${reliabilityGrades[grade]}`;
}

export function credibilityMeaning(grade: Credibility): string {
  return credibilityGrades[grade];
}

/** e.g. "2 — Probably true". */
export function credibilityLabel(grade: Credibility): string {
  return `${grade} — ${credibilityGrades[grade]}`;
}

export function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function statusLabel(status: IncidentStatus): string {
  return capitalised(status);
}

export function roleLabel(role: EntityRole): string {
  return capitalised(role);
}

export function sourceKindLabel(kind: SourceKind): string {
  return capitalised(kind.replace('-', ' '));
}

export { edtfInWords } from './edtf-words';

const byteUnits = ['kilobyte', 'megabyte', 'gigabyte'] as const;

/** A file size as people read it: "812 bytes", "14.2 kB", "3.1 MB" (decimal units, in the reader's locale). */
export function bytesInWords(bytes: number): string {
  if (bytes < 1000) return new Intl.NumberFormat(undefined, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < byteUnits.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(undefined, { style: 'unit', unit: byteUnits[unit], maximumFractionDigits: 1 }).format(value);
}
