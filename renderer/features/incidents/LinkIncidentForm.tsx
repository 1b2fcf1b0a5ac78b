import { useId, useState, type FormEvent } from 'react';
import type { IncidentRow } from '../../../shared';
import type { IncidentLinkDraft } from '../../../shared/channels/incidents';
import type { SaveState } from '../../api';
import { SelectField, TextField } from '../../components/Fields';
import { SaveStatus } from '../../components/SaveStatus';
import { edtfInWords } from '../../lib/labels';
import { linkChoices } from './link-words';

/** How many matches the list shows at once: a case may hold thousands of incidents, and typing narrows them. */
const shownAtMost = 50;

function matches(row: IncidentRow, terms: readonly string[]): boolean {
  const text = `${row.title} ${row.place} ${row.tags.join(' ')} ${row.date ? edtfInWords(row.date) : ''}`.toLocaleLowerCase();
  return terms.every((term) => text.includes(term));
}

interface LinkIncidentFormProps {
  /** The incident on screen, one end of the link. */
  readonly incidentId: string;
  /** Every incident of the case, from its outline, to choose the other end from. */
  readonly incidents: readonly IncidentRow[];
  readonly state: SaveState;
  readonly onLink: (link: IncidentLinkDraft) => void;
  readonly onCancel: () => void;
}

/** Picks the other incident (a filter box over the case's incidents) and the kind of link, then asks to make it. */
export function LinkIncidentForm({ incidentId, incidents, state, onLink, onCancel }: LinkIncidentFormProps) {
  const [filter, setFilter] = useState('');
  const [chosenId, setChosenId] = useState<string>();
  const [choiceValue, setChoiceValue] = useState(linkChoices[0]!.value);
  const [problem, setProblem] = useState<string>();
  const groupName = useId();
  const terms = filter.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const found = incidents.filter((row) => row.id !== incidentId && matches(row, terms));
  const choice = linkChoices.find((candidate) => candidate.value === choiceValue) ?? linkChoices[0]!;
  // With nothing picked, a filter that leaves one incident picks it, so Enter in the filter box is enough.
  const otherId = chosenId ?? (terms.length > 0 && found.length === 1 ? found[0]!.id : undefined);
  const other = incidents.find((row) => row.id === otherId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!other) {
      setProblem('Choose the incident to link to: type part of its title, then pick it from the list.');
      return;
    }
    setProblem(undefined);
    const [fromIncidentId, toIncidentId] = choice.fromHere ? [incidentId, other.id] : [other.id, incidentId];
    onLink({ fromIncidentId, toIncidentId, kind: choice.kind });
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <SelectField label="This incident is" value={choiceValue} onChange={(event) => setChoiceValue(event.target.value)}>
        {linkChoices.map((candidate) => (
          <option key={candidate.value} value={candidate.value}>
            {candidate.words}
          </option>
        ))}
      </SelectField>
      <TextField label="Find an incident" hint="Words from its title, place, tags or date." value={filter} onChange={(event) => setFilter(event.target.value)} />
      <fieldset>
        <legend className="text-sm font-medium text-stone-800">Incident to link</legend>
        {found.length === 0 && <p className="text-xs text-stone-500">No other incident matches.</p>}
        <div className="mt-1 max-h-56 space-y-0.5 overflow-y-auto rounded border border-stone-200 p-1">
          {found.slice(0, shownAtMost).map((row) => (
            <label key={row.id} className="flex items-start gap-2 rounded px-1 py-0.5 text-sm hover:bg-stone-50">
              <input type="radio" name={groupName} className="mt-0.5 size-4 accent-accent-700" checked={row.id === otherId} onChange={() => setChosenId(row.id)} />
              <span>
                {row.title} <span className="text-xs text-stone-500">{edtfInWords(row.date)}</span>
              </span>
            </label>
          ))}
        </div>
        {found.length > shownAtMost && (
          <p className="mt-1 text-xs text-stone-500">
            Showing {shownAtMost} of {found.length} matches; type more to narrow them.
          </p>
        )}
      </fieldset>
      <p aria-live="polite" className="text-sm text-stone-700">
        {other && (
          <>
            This incident is {choice.words} “{other.title}”.
          </>
        )}
      </p>
      {problem && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {problem}
        </p>
      )}
      <SaveStatus state={state} />
      <div className="flex justify-end gap-2">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={state.phase === 'saving'}>
          Link incidents
        </button>
      </div>
    </form>
  );
}
