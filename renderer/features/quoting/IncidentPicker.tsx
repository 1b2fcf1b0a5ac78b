import { useId, useState } from 'react';

/** An incident as the picker lists it. */
export interface IncidentChoice {
  readonly id: string;
  readonly title: string;
  readonly date?: string;
}

interface IncidentPickerProps {
  readonly incidents: readonly IncidentChoice[];
  readonly chosen: readonly string[];
  readonly onChange: (chosen: string[]) => void;
}

/** Chooses any number of incidents at once: a filter by words of the title, and a checkbox for each incident. */
export function IncidentPicker({ incidents, chosen, onChange }: IncidentPickerProps) {
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const words = filter.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const shown = incidents.filter((incident) => words.every((word) => incident.title.toLocaleLowerCase().includes(word)));
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((other) => other !== id));
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-stone-800">
        Supports these incidents <span className="font-normal text-stone-500">({chosen.length} chosen)</span>
      </legend>
      {incidents.length === 0 ? (
        <p className="text-sm text-stone-500">This case has no incidents yet; the quote can be linked to one later.</p>
      ) : (
        <>
          <label htmlFor={filterId} className="sr-only">
            Filter incidents
          </label>
          <input
            id={filterId}
            type="search"
            className="input"
            placeholder="Filter incidents by title"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            // Enter in the filter narrows the list; it must not save the quote half-chosen.
            onKeyDown={(event) => {
              if (event.key === 'Enter') event.preventDefault();
            }}
          />
          <ul className="max-h-48 space-y-1 overflow-y-auto rounded border border-stone-200 bg-white p-2">
            {shown.map((incident) => (
              <li key={incident.id}>
                <label className="flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="mt-0.5 size-4 accent-accent-700"
                    checked={chosen.includes(incident.id)}
                    onChange={(event) => toggle(incident.id, event.target.checked)}
                  />
                  <span>
                    {incident.title}
                    {incident.date && <span className="ml-1 font-mono text-xs text-stone-500">{incident.date}</span>}
                  </span>
                </label>
              </li>
            ))}
            {shown.length === 0 && <li className="text-sm text-stone-500">No incident title holds “{filter}”.</li>}
          </ul>
        </>
      )}
    </fieldset>
  );
}
