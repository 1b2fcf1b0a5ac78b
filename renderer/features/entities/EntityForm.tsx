import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { entityKinds, type Entity } from '../../../shared';
import { entityDraftSchema } from '../../../shared/channels/entities';
import type { EntityFields } from '../../../shared/operations/entities';
import { SelectField, TextAreaField, TextField } from '../../components/Fields';
import { useFocusFirstInvalid } from '../../components/use-focus-invalid';
import { fieldErrors, type FieldErrors } from '../../lib/form-errors';
import { capitalised } from '../../lib/labels';

interface EntityFormProps {
  readonly initial?: Entity;
  readonly label: string;
  readonly saving: boolean;
  readonly onSubmit: (fields: EntityFields) => void;
  readonly onCancel: () => void;
}

/** Aliases are typed one a line; blank lines are left out, so an empty line between aliases is no error. */
const aliasesFrom = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

/** Which alias is wrong, counted as the user sees them (blank lines left out). */
function aliasError(errors: FieldErrors): string | undefined {
  if (errors.aliases) return 'An entity keeps at most 100 aliases.';
  const key = Object.keys(errors).find((candidate) => candidate.startsWith('aliases.'));
  return key === undefined ? undefined : `Alias ${Number(key.split('.')[1]) + 1}: ${errors[key]}`;
}

/**
 * Writes or edits a person, organisation or place. It keeps what was typed until the parent closes it after a save;
 * Escape cancels, as it closes a dialog.
 */
export function EntityForm({ initial, label, saving, onSubmit, onCancel }: EntityFormProps) {
  const [name, setName] = useState(initial?.name ?? '');
  const [kind, setKind] = useState<Entity['kind']>(initial?.kind ?? 'person');
  const [aliases, setAliases] = useState(initial?.aliases.join('\n') ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const formReference = useFocusFirstInvalid(errors);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = entityDraftSchema.safeParse({ kind, name, aliases: aliasesFrom(aliases), description });
    setErrors(parsed.success ? {} : fieldErrors(parsed.error));
    if (parsed.success) onSubmit(parsed.data);
  };
  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onCancel();
  };

  return (
    <form
      ref={formReference}
      onSubmit={submit}
      onKeyDown={cancelOnEscape}
      noValidate
      aria-label={label}
      className="space-y-3 rounded-md border border-stone-200 bg-stone-50 p-3"
    >
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem]">
        <TextField label="Name" required value={name} error={errors.name} onChange={(event) => setName(event.target.value)} autoFocus />
        <SelectField label="Kind" value={kind} error={errors.kind} onChange={(event) => setKind(event.target.value as Entity['kind'])}>
          {entityKinds.map((option) => (
            <option key={option} value={option}>
              {capitalised(option)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField
        label="Also known as"
        hint="One alias a line: other spellings, transliterations, titles. Quotes naming any of them are listed with the entity."
        value={aliases}
        error={aliasError(errors)}
        rows={3}
        onChange={(event) => setAliases(event.target.value)}
      />
      <TextAreaField label="Description" value={description} error={errors.description} rows={3} onChange={(event) => setDescription(event.target.value)} />
      <div className="flex gap-2">
        <button type="submit" className="button button-primary" disabled={saving}>
          Save
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
