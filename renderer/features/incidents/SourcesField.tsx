import type { SourceRow } from '../../../shared';
import { reliabilityLabel } from '../../lib/labels';

interface SourcesFieldProps {
  readonly sources: readonly SourceRow[];
  readonly selected: readonly string[];
  readonly onChange: (selected: string[]) => void;
}

/** Which of the case's sources support the incident: one checkbox each, so the choice is plain to see. */
export function SourcesField({ sources, selected, onChange }: SourcesFieldProps) {
  const toggle = (id: string, checked: boolean) =>
    onChange(checked ? [...selected, id] : selected.filter((candidate) => candidate !== id));
  return (
    <fieldset className="space-y-1.5">
      <legend className="text-sm font-medium text-stone-800">Linked sources</legend>
      {sources.length === 0 && <p className="text-xs text-stone-500">This case has no sources yet.</p>}
      <div className="max-h-56 space-y-1 overflow-y-auto rounded border border-stone-200 bg-white p-2">
        {sources.map((source) => (
          <label key={source.id} className="flex items-start gap-2 rounded px-1 py-0.5 text-sm hover:bg-stone-50">
            <input
              type="checkbox"
              className="mt-0.5 size-4 accent-accent-700"
              checked={selected.includes(source.id)}
              onChange={(event) => toggle(source.id, event.target.checked)}
            />
            <span>
              {source.title} <span className="text-xs text-stone-500">(reliability {reliabilityLabel(source.reliability)})</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
