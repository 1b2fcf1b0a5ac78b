import { useId } from 'react';
import type { HistoryEntry, ObjectChange } from '../../../shared';
import { RecordKindBadge } from '../../components/Badges';
import { Timestamp } from '../../components/Dates';
import { describeChange, type FieldChange } from './change-description';

function Value({ text, as: Tag }: { readonly text: string; readonly as: 'del' | 'ins' }) {
  const colours = Tag === 'del' ? 'bg-red-50 text-red-900 decoration-red-400' : 'bg-emerald-50 text-emerald-900 no-underline';
  if (!text) return <Tag className={`rounded px-1 text-stone-500 italic ${colours}`}>(empty)</Tag>;
  return <Tag className={`line-clamp-4 rounded px-1 break-words whitespace-pre-line ${colours}`}>{text}</Tag>;
}

function FieldChanges({ fields }: { readonly fields: readonly FieldChange[] }) {
  if (fields.length === 0) return <p className="text-xs text-stone-500">Only its timestamp changed.</p>;
  return (
    <dl className="mt-1 grid grid-cols-[minmax(6rem,auto)_minmax(0,1fr)] gap-x-3 gap-y-1 text-xs">
      {fields.map((field) => (
        <div key={field.field} className="contents">
          <dt className="pt-px font-medium text-stone-600">{field.label}</dt>
          <dd className="flex min-w-0 flex-wrap items-start gap-x-1.5 gap-y-0.5">
            <span className="sr-only">from </span>
            <Value as="del" text={field.before} />
            <span aria-hidden="true" className="text-stone-400">→</span>
            <span className="sr-only"> to </span>
            <Value as="ins" text={field.after} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function ChangeView({ change, names }: { readonly change: ObjectChange; readonly names: ReadonlyMap<string, string> }) {
  const description = describeChange(change, names);
  const verb = { created: 'Created', deleted: 'Deleted', changed: 'Changed' }[description.action];
  return (
    <li className="rounded border border-stone-200 bg-stone-50/60 px-2.5 py-1.5">
      <p className="text-xs text-stone-700">
        <span className="font-semibold">
          {verb} {description.noun}
        </span>
        {description.action === 'changed' && description.title && <> “{description.title}”</>}
      </p>
      {description.action === 'changed' ? (
        <FieldChanges fields={description.fields} />
      ) : (
        <p className={`mt-0.5 line-clamp-3 text-sm break-words whitespace-pre-line ${description.action === 'deleted' ? 'text-stone-500 line-through' : 'text-stone-800'}`}>
          {description.title}
        </p>
      )}
    </li>
  );
}

/** One record of the case's history: what was done, when, by whom, and what each changed object was before and after. */
export function HistoryEntryView({ entry, names }: { readonly entry: HistoryEntry; readonly names: ReadonlyMap<string, string> }) {
  const labelId = useId();
  return (
    <article aria-labelledby={labelId} className="rounded-md border border-stone-200 bg-white p-3">
      <header className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <RecordKindBadge kind={entry.kind} />
        <h3 id={labelId} className="min-w-0 flex-1 text-sm font-medium break-words">
          {entry.label}
        </h3>
        <span className="text-xs text-stone-500">#{entry.sequence}</span>
      </header>
      <p className="mt-1 text-xs text-stone-600">
        <Timestamp iso={entry.time} /> · {entry.actor || 'Unnamed author'}
        {entry.target !== undefined && ` · ${entry.kind === 'redo' ? 'repeats' : 'reverses'} #${entry.target}`}
      </p>
      <ul className="mt-2 space-y-1.5">
        {entry.changes.map((change, index) => (
          <ChangeView key={`${change.collection}-${change.id}-${index}`} change={change} names={names} />
        ))}
      </ul>
    </article>
  );
}
