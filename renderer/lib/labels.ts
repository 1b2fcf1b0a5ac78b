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
