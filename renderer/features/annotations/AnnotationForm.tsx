import { useDeferredValue, useId, useState, type FormEvent } from 'react';
import { annotationDraftSchema, type AnnotationDraft, type AnnotationFields } from '../../../shared';
import { JudgementBadge } from '../../components/Badges';
import { TextAreaField } from '../../components/Fields';
import { Markdown } from '../../components/Markdown';
import { errorUnder, fieldErrors, type FieldErrors } from '../../lib/form-errors';
import { useFocusFirstInvalid } from '../../components/use-focus-invalid';
import { TagsInput, withTags } from './TagsInput';

interface AnnotationFormProps {
  readonly initial?: AnnotationDraft;
  readonly label: string;
  readonly saving: boolean;
  readonly onSubmit: (fields: AnnotationFields) => void;
  readonly onCancel: () => void;
}

/** The note as it will read, drawn by the same sanitizing renderer as the saved note. */
function Preview({ body }: { readonly body: string }) {
  // Deferred, so a long note never makes typing wait for its preview.
  const shown = useDeferredValue(body);
  return (
    <section aria-label="Preview" className="min-w-0 space-y-1">
      <p className="text-sm font-medium text-stone-800">Preview</p>
      <div className="min-h-24 rounded border border-dashed border-stone-300 bg-white px-2.5 py-1.5">
        {shown.trim() === '' ? <p className="text-sm text-stone-500">The note appears here as you type.</p> : <Markdown text={shown} />}
      </div>
    </section>
  );
}

/**
 * Writes or edits one annotation; it stays open with its text until the parent closes it after a save. It opens with
 * the cursor in the note, as it is opened to write one (by a button, or Ctrl/⌘+Alt+M from anywhere on the screen).
 */
export function AnnotationForm({ initial, label, saving, onSubmit, onCancel }: AnnotationFormProps) {
  const [body, setBody] = useState(initial?.body ?? '');
  const [analystJudgement, setAnalystJudgement] = useState(initial?.analystJudgement ?? false);
  const [tags, setTags] = useState<readonly string[]>(initial?.tags ?? []);
  const [pendingTag, setPendingTag] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const formReference = useFocusFirstInvalid(errors);
  const judgementId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // A tag still being typed counts: leaving the box without a comma must not lose it.
    const allTags = withTags(tags, pendingTag);
    setTags(allTags);
    setPendingTag('');
    const parsed = annotationDraftSchema.safeParse({ body, analystJudgement, tags: allTags });
    setErrors(parsed.success ? {} : fieldErrors(parsed.error));
    if (parsed.success) onSubmit(parsed.data);
  };
  const frame = analystJudgement ? 'border-violet-300 bg-violet-50/60' : 'border-stone-200 bg-stone-50';
  return (
    <form ref={formReference} onSubmit={submit} noValidate aria-label={label} className={`space-y-3 rounded-md border p-3 ${frame}`}>
      <div className="grid gap-3 lg:grid-cols-2">
        <TextAreaField
          label="Annotation"
          required
          hint="Markdown. Links are shown as text and remote images are never loaded."
          value={body}
          error={errors.body}
          rows={6}
          autoFocus
          onChange={(event) => setBody(event.target.value)}
        />
        <Preview body={body} />
      </div>
      <TagsInput
        tags={tags}
        pending={pendingTag}
        error={errorUnder(errors, 'tags')}
        onChange={(next, pending) => {
          setTags(next);
          setPendingTag(pending);
        }}
      />
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={judgementId}
          type="checkbox"
          className="size-4 accent-violet-700"
          checked={analystJudgement}
          onChange={(event) => setAnalystJudgement(event.target.checked)}
        />
        <label htmlFor={judgementId} className="text-sm">
          This is my own judgement, not sourced fact
        </label>
        {analystJudgement && (
          <span className="flex items-center gap-2 text-xs text-violet-900">
            <JudgementBadge /> Shown and printed apart from sourced fact.
          </span>
        )}
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
