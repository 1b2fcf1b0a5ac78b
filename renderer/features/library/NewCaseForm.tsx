import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { contract } from '../../../shared';
import { useApi, useSave } from '../../api';
import { paths } from '../../app/paths';
import { TextAreaField, TextField } from '../../components/Fields';
import { SaveStatus } from '../../components/SaveStatus';
import { fieldErrors, type FieldErrors } from '../../lib/form-errors';
import { useFocusFirstInvalid } from '../../components/use-focus-invalid';

/**
 * Creates a case and opens it. Each new focus request (the "New case" menu command, identified by its navigation)
 * puts the cursor in the name field.
 */
export function NewCaseForm({ focusRequest }: { readonly focusRequest: string | undefined }) {
  const { call } = useApi();
  const navigate = useNavigate();
  const { state, save } = useSave();
  const [name, setName] = useState('');
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const formReference = useFocusFirstInvalid(errors);
  const nameInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusRequest) nameInput.current?.focus();
  }, [focusRequest]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = contract['case.create'].input.safeParse({ name, summary });
    setErrors(parsed.success ? {} : fieldErrors(parsed.error));
    if (!parsed.success) return;
    const result = await save(() => call('case.create', parsed.data));
    if (result.ok) void navigate(paths.case(result.value.id));
  };

  return (
    <form ref={formReference} onSubmit={submit} noValidate className="space-y-4" aria-labelledby="new-case-heading">
      <h2 id="new-case-heading" className="text-base font-semibold">
        New case
      </h2>
      <TextField
        ref={nameInput}
        label="Name"
        required
        maxLength={200}
        value={name}
        error={errors.name}
        onChange={(event) => setName(event.target.value)}
      />
      <TextAreaField
        label="Summary"
        hint="What the case is about, in a sentence or two."
        value={summary}
        error={errors.summary}
        onChange={(event) => setSummary(event.target.value)}
      />
      <SaveStatus state={state} />
      <button type="submit" className="button button-primary" disabled={state.phase === 'saving'}>
        Create case
      </button>
    </form>
  );
}
