import type { Credibility, IncidentStatus, JournalRecord, Reliability } from '../../shared';
import { credibilityMeaning, reliabilityMeaning, statusLabel } from '../lib/labels';

type RecordKind = JournalRecord['kind'];

const statusColours: Record<IncidentStatus, string> = {
  confirmed: 'border-emerald-300 bg-emerald-50 text-emerald-800',
  alleged: 'border-amber-300 bg-amber-50 text-amber-900',
  disputed: 'border-rose-300 bg-rose-50 text-rose-800',
};

const badge = 'inline-flex items-center gap-1 rounded border px-1.5 py-px text-xs font-medium whitespace-nowrap';

export function StatusBadge({ status }: { readonly status: IncidentStatus }) {
  return <span className={`${badge} ${statusColours[status]}`}>{statusLabel(status)}</span>;
}

function GradeBadge({ code, meaning }: { readonly code: string; readonly meaning: string }) {
  return (
    <span className={`${badge} border-stone-300 bg-stone-50 text-stone-700`}>
      <span className="font-mono font-bold">{code}</span>
      <span>{meaning}</span>
    </span>
  );
}

/** Source reliability: the letter, with its meaning written out (never a colour alone). */
export function ReliabilityBadge({ grade }: { readonly grade: Reliability }) {
  return <GradeBadge code={grade} meaning={reliabilityMeaning(grade)} />;
}

/** Quote credibility: the number, with its meaning written out. */
export function CredibilityBadge({ grade }: { readonly grade: Credibility }) {
  return <GradeBadge code={String(grade)} meaning={credibilityMeaning(grade)} />;
}

export function JudgementBadge() {
  return <span className={`${badge} border-violet-300 bg-violet-50 text-violet-800`}>Analyst’s judgement</span>;
}

const recordKindStyles: Record<RecordKind, { readonly label: string; readonly colours: string }> = {
  edit: { label: 'Edit', colours: 'border-stone-300 bg-stone-50 text-stone-700' },
  undo: { label: 'Undo', colours: 'border-amber-300 bg-amber-50 text-amber-900' },
  redo: { label: 'Redo', colours: 'border-sky-300 bg-sky-50 text-sky-900' },
  restore: { label: 'Restore', colours: 'border-violet-300 bg-violet-50 text-violet-800' },
};

/** What kind of record a history entry is, in words. */
export function RecordKindBadge({ kind }: { readonly kind: RecordKind }) {
  const { label, colours } = recordKindStyles[kind];
  return <span className={`${badge} ${colours}`}>{label}</span>;
}
