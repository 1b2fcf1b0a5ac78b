import { useRef } from 'react';
import { entityRoles, type EntityRow, type Participant } from '../../../shared';
import { SelectField } from '../../components/Fields';
import { capitalised, roleLabel } from '../../lib/labels';

interface ParticipantsFieldProps {
  readonly entities: readonly EntityRow[];
  readonly participants: readonly Participant[];
  /** Errors by row index. */
  readonly errors: readonly (string | undefined)[];
  readonly onChange: (participants: Participant[]) => void;
}

/**
 * People and organisations in the incident, each with a role; rows can be added and removed. A row added puts the
 * cursor in its first field, so the keyboard goes on where the new row is, not on the button that made it.
 */
export function ParticipantsField({ entities, participants, errors, onChange }: ParticipantsFieldProps) {
  const focusRow = useRef<number>(undefined);
  const focusIfNew = (element: HTMLSelectElement | null, index: number) => {
    if (!element || focusRow.current !== index) return;
    focusRow.current = undefined;
    element.focus();
  };
  const add = () => {
    focusRow.current = participants.length;
    onChange([...participants, { entityId: '', role: 'other' }]);
  };
  const replace = (index: number, change: Partial<Participant>) =>
    onChange(participants.map((participant, at) => (at === index ? { ...participant, ...change } : participant)));
  const remove = (index: number) => onChange(participants.filter((_, at) => at !== index));
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-stone-800">People and organisations</legend>
      {entities.length === 0 && <p className="text-xs text-stone-500">This case records no people or organisations yet.</p>}
      {participants.map((participant, index) => (
        <div key={index} className="grid grid-cols-[minmax(0,1fr)_12rem_auto] items-end gap-2">
          <SelectField
            ref={(element) => focusIfNew(element, index)}
            label={`Person or organisation ${index + 1}`}
            value={participant.entityId}
            error={errors[index]}
            onChange={(event) => replace(index, { entityId: event.target.value })}
          >
            <option value="">Choose…</option>
            {entities.map((entity) => (
              <option key={entity.id} value={entity.id}>
                {entity.name} ({capitalised(entity.kind)})
              </option>
            ))}
          </SelectField>
          <SelectField
            label={`Role ${index + 1}`}
            value={participant.role}
            onChange={(event) => replace(index, { role: event.target.value as Participant['role'] })}
          >
            {entityRoles.map((role) => (
              <option key={role} value={role}>
                {roleLabel(role)}
              </option>
            ))}
          </SelectField>
          <button type="button" className="button mb-px" aria-label={`Remove person or organisation ${index + 1}`} onClick={() => remove(index)}>
            Remove
          </button>
        </div>
      ))}
      {entities.length > 0 && (
        <button type="button" className="button" onClick={add}>
          Add person or organisation
        </button>
      )}
    </fieldset>
  );
}
