import { useId, useState, type FormEvent } from 'react';
import { redactionProfileDraftSchema, type RedactionProfileFields } from '../../../shared';
import { TextField } from '../../components/Fields';
import { fieldErrors, type FieldErrors } from '../../lib/form-errors';

interface ProfileFormProps {
  readonly label: string;
  readonly submitLabel: string;
  readonly initial?: RedactionProfileFields;
  readonly saving: boolean;
  readonly onSubmit: (fields: RedactionProfileFields) => void;
  /** Without it the form has no Cancel (the "new profile" form stays open). */
  readonly onCancel?: () => void;
}

/** A profile's name and whether it shows sensitive people under pseudonyms; Escape cancels an edit. */
export function ProfileForm({ label, submitLabel, initial, saving, onSubmit, onCancel }: ProfileFormProps) {
  const [name, setName] = useState(initial?.name ?? '');
  const [pseudonymize, setPseudonymize] = useState(initial?.pseudonymize ?? true);
  const [errors, setErrors] = useState<FieldErrors>({});
  const pseudonymId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = redactionProfileDraftSchema.safeParse({ name, pseudonymize });
    setErrors(parsed.success ? {} : fieldErrors(parsed.error));
    if (!parsed.success) return;
    onSubmit(parsed.data);
    if (!initial) setName('');
  };
  return (
    <form
      aria-label={label}
      noValidate
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onCancel) onCancel();
      }}
      className="space-y-2 rounded-md border border-stone-200 bg-stone-50 p-3"
    >
      <TextField label="Profile name" required value={name} error={errors.name} onChange={(event) => setName(event.target.value)} />
      <div className="flex items-center gap-2 text-sm">
        <input
          id={pseudonymId}
          type="checkbox"
          className="size-4"
          checked={pseudonymize}
          onChange={(event) => setPseudonymize(event.target.checked)}
        />
        <label htmlFor={pseudonymId}>Show sensitive people, organisations and places as pseudonyms (“Person A”)</label>
      </div>
      <div className="flex gap-2">
        <button type="submit" className="button button-primary" disabled={saving}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
