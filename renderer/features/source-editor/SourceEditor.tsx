import { useState, type FormEvent } from 'react';
import { sourceDraftSchema, type ReanchoringReport as Report, type Source, type SourceDraft } from '../../../shared';
import { useApi, useSave } from '../../api';
import { SaveStatus } from '../../components/SaveStatus';
import { useFocusFirstInvalid } from '../../components/use-focus-invalid';
import { fieldErrors, type FieldErrors } from '../../lib/form-errors';
import { ReanchoringReport, reportsChanges } from './ReanchoringReport';
import { SnapshotField } from './SnapshotField';
import { SourceFacts } from './SourceFacts';
import { draftOf, formValuesOf, type SourceFormValues } from './source-form';

interface SourceEditorProps {
  readonly caseId: string;
  /** The source to edit, as `source.get` read it (with its snapshot text); absent to create one. */
  readonly source?: Source;
  /**
   * Called once the source is saved. When saving a new text moved or orphaned quotes, the editor first shows what
   * happened to them and calls this when the user has read it.
   */
  readonly onSaved: (source: Source) => void;
  readonly onCancel: () => void;
}

/** Creates or edits a source: its facts, its reliability with what each grade means, and its snapshot text. */
export function SourceEditor({ caseId, source, onSaved, onCancel }: SourceEditorProps) {
  const { call } = useApi();
  const { state, save } = useSave();
  const [values, setValues] = useState(() => formValuesOf(source));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<{ readonly source: Source; readonly report: Report }>();
  const formReference = useFocusFirstInvalid(errors);
  const change = (update: Partial<SourceFormValues>) => setValues((previous) => ({ ...previous, ...update }));

  const send = async (draft: SourceDraft): Promise<void> => {
    if (!source) {
      const created = await save(() => call('source.create', { caseId, source: draft }), 'Source created and saved');
      if (created.ok) onSaved(created.value);
      return;
    }
    const updated = await save(() => call('source.update', { caseId, sourceId: source.id, source: draft }));
    if (!updated.ok) return;
    if (reportsChanges(updated.value.reanchoring)) setSaved({ source: updated.value.source, report: updated.value.reanchoring });
    else onSaved(updated.value.source);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = sourceDraftSchema.safeParse(draftOf(values, source));
    setErrors(parsed.success ? {} : fieldErrors(parsed.error));
    if (parsed.success) void send(parsed.data);
  };

  if (saved) {
    return (
      <div className="max-w-3xl space-y-4 px-8 py-6">
        <SaveStatus state={state} />
        <ReanchoringReport report={saved.report} />
        <button type="button" className="button button-primary" autoFocus onClick={() => onSaved(saved.source)}>
          Continue
        </button>
      </div>
    );
  }

  const headingId = source ? 'source-editor-edit' : 'source-editor-new';
  return (
    <form
      ref={formReference}
      onSubmit={submit}
      noValidate
      aria-labelledby={headingId}
      className="max-w-3xl space-y-5 px-8 py-6"
    >
      <h2 id={headingId} className="text-lg font-semibold">
        {source ? 'Edit source' : 'New source'}
      </h2>
      <SourceFacts values={values} errors={errors} onChange={change} />
      <SnapshotField values={values} errors={errors} onChange={change} />
      {Object.keys(errors).length > 0 && (
        <p role="alert" className="text-sm font-medium text-red-700">
          Some fields need attention; each problem is shown next to its field.
        </p>
      )}
      <SaveStatus state={state} />
      <div className="flex gap-2 border-t border-stone-200 pt-4">
        <button type="submit" className="button button-primary" disabled={state.phase === 'saving'}>
          {source ? 'Save changes' : 'Create source'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
