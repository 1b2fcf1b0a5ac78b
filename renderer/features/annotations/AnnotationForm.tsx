import { useId, useState, type FormEvent } from 'react';
import { annotationDraftSchema, type AnnotationDraft, type AnnotationFields } from '../../../shared';
import { TextAreaField } from '../../components/Fields';
import { fieldErrors, type FieldErrors } from '../../lib/form-errors';
import { useFocusFirstInvalid } from '../../components/use-focus-invalid';

interface AnnotationFormProps {
  readonly initial?: AnnotationDraft;
  readonly label: string;
  readonly saving: boolean;
  readonly onSubmit: (fields: AnnotationFields) => void;
  readonly onCancel: () => void;
}

/** Writes or edits one annotation; it stays open with its text until the parent closes it after a save. */
export function AnnotationForm({ initial, label, saving, onSubmit, onCancel }: AnnotationFormProps) {
  const [body, setBody] = useState(initial?.body ?? '');
  const [analystJudgement, setAnalystJudgement] = useState(initial?.analystJudgement ?? false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const formReference = useFocusFirstInvalid(errors);
  const judgementId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = annotationDraftSchema.safeParse({ body, analystJudgement });
    setErrors(parsed.success ? {} : fieldErrors(parsed.error));
    if (parsed.success) onSubmit(parsed.data);
  };
  return (
    <form ref={formReference} onSubmit={submit} noValidate aria-label={label} className="space-y-3 rounded-md border border-stone-200 bg-stone-50 p-3">
      <TextAreaField
        label="Annotation"
        required
        hint="Markdown. Links are shown as text and remote images are never loaded."
        value={body}
        error={errors.body}
        rows={5}
        onChange={(event) => setBody(event.target.value)}
      />
      <div className="flex items-center gap-2">
        <input
          id={judgementId}
          type="checkbox"
          className="size-4 accent-accent-700"
          checked={analystJudgement}
          onChange={(event) => setAnalystJudgement(event.target.checked)}
        />
        <label htmlFor={judgementId} className="text-sm">
          This is my own judgement, not sourced fact
        </label>
      </div>
      <div className="flex gap-2">
        <button type="submit" className="button button-primary" disabled={saving}>
          Save annotation
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
