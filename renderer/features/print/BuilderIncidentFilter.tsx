import { useState } from 'react';
import { incidentStatuses, isEdtfDate } from '../../../shared';
import type { IncidentSelection } from '../../../shared/print';
import { statusLabel } from '../../lib/labels';

function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list, item] : list.filter((other) => other !== item);
}

/** A date bound that is passed on only once it is empty or a whole EDTF date, so typing "20" does not filter. */
function DateBound({ label, value, onChange }: { readonly label: string; readonly value: string; readonly onChange: (value: string) => void }) {
  const [text, setText] = useState(value);
  const valid = text.trim() === '' || isEdtfDate(text.trim());
  return (
    <label className="block text-sm">
      {label}
      <input
        className="input font-mono"
        value={text}
        placeholder="e.g. 2015 or 2018-06"
        aria-invalid={!valid}
        onChange={(event) => {
          setText(event.target.value);
          const trimmed = event.target.value.trim();
          if (trimmed === '' || isEdtfDate(trimmed)) onChange(trimmed);
        }}
      />
      {!valid && <span className="text-xs text-red-800">Not an EDTF date yet: this bound is not applied.</span>}
    </label>
  );
}

interface FilterProps {
  readonly selection: IncidentSelection;
  readonly tags: readonly string[];
  readonly onChange: (selection: IncidentSelection) => void;
}

/** Which incidents to print: by tag (any of them), by a date range that uncertain dates overlap, by status. */
export function BuilderIncidentFilter({ selection, tags, onChange }: FilterProps) {
  return (
    <fieldset className="space-y-2">
      <legend className="font-semibold">Incidents</legend>
      <p className="text-xs text-stone-600">Leave everything empty to print every incident.</p>
      {tags.length > 0 && (
        <fieldset>
          <legend className="text-sm">Tagged (any of)</legend>
          <div className="max-h-32 overflow-y-auto">
            {tags.map((tag) => (
              <label key={tag} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={selection.tags.includes(tag)}
                  onChange={(event) => onChange({ ...selection, tags: toggled(selection.tags, tag, event.target.checked) })}
                />
                <span dir="auto">{tag}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <DateBound label="Dated from" value={selection.from} onChange={(from) => onChange({ ...selection, from })} />
      <DateBound label="Dated to" value={selection.to} onChange={(to) => onChange({ ...selection, to })} />
      <fieldset>
        <legend className="text-sm">Status</legend>
        {incidentStatuses.map((status) => (
          <label key={status} className="mr-3 inline-flex items-center gap-1 text-sm">
            <input
              type="checkbox"
              checked={selection.statuses.includes(status)}
              onChange={(event) =>
                onChange({
                  ...selection,
                  statuses: incidentStatuses.filter((known) => (known === status ? event.target.checked : selection.statuses.includes(known))),
                })
              }
            />
            {statusLabel(status)}
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
