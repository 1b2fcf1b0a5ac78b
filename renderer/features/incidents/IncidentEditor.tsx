import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { incidentDraftSchema, type CitedQuote, type Incident, type IncidentFields as ValidFields } from '../../../shared';
import { useApi, useSave } from '../../api';
import { paths } from '../../app/paths';
import { SaveStatus } from '../../components/SaveStatus';
import { fieldErrors, type FieldErrors } from '../../lib/form-errors';
import { useFocusFirstInvalid } from '../../components/use-focus-invalid';
import { useCaseDetail, useOpenCase } from '../workspace/case-context';
import { LoadedDetail } from '../workspace/LoadedDetail';
import { draftOf, formValuesOf, type IncidentFormValues } from './incident-form';
import { IncidentFields } from './IncidentFields';
import type { SavedNotice } from '../../components/SavedNotice';

/** Creates an incident (`incidents/new`) or edits one (`incidents/:id/edit`), validating with the shared schema first. */
export function IncidentEditor() {
  const { incidentId } = useParams();
  // A fresh form for each incident, so moving between editors never carries one incident's fields into another.
  return incidentId ? (
    <ExistingIncidentForm key={incidentId} incidentId={incidentId} />
  ) : (
    <IncidentForm key="new" existing={undefined} quotes={undefined} />
  );
}

/** The form is filled once, from the incident as first read; re-reads after other edits leave what is typed alone. */
function ExistingIncidentForm({ incidentId }: { readonly incidentId: string }) {
  const { outline } = useOpenCase();
  const loaded = useCaseDetail('incident.get', { caseId: outline.case.id, incidentId });
  return (
    <LoadedDetail loaded={loaded} what="the incident" missing={`This case has no incident with the id “${incidentId}”.`}>
      {(detail) => <IncidentForm existing={detail.incident} quotes={detail.quotes} />}
    </LoadedDetail>
  );
}

interface IncidentFormProps {
  readonly existing: Incident | undefined;
  /** The quotes supporting the incident, which its claims may cite; a new incident has none. */
  readonly quotes: readonly CitedQuote[] | undefined;
}

function IncidentForm({ existing, quotes }: IncidentFormProps) {
  const { outline, reload, readOnly } = useOpenCase();
  const caseId = outline.case.id;
  const { call } = useApi();
  const navigate = useNavigate();
  const { state, save } = useSave();
  const [values, setValues] = useState(() => formValuesOf(existing));
  const [errors, setErrors] = useState<FieldErrors>({});
  const formReference = useFocusFirstInvalid(errors);
  const change = (update: Partial<IncidentFormValues>) => setValues((previous) => ({ ...previous, ...update }));

  if (readOnly) {
    return (
      <p role="alert" className="px-8 py-6 text-sm">
        This case is read-only here, so incidents cannot be created or edited.{' '}
        <Link className="link" to={existing ? paths.incident(caseId, existing.id) : paths.case(caseId)}>
          Back
        </Link>
      </p>
    );
  }

  const send = (fields: ValidFields) =>
    existing
      ? call('incident.update', { caseId, incidentId: existing.id, incident: fields })
      : call('incident.create', { caseId, incident: fields });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = incidentDraftSchema.safeParse(draftOf(values));
    setErrors(parsed.success ? {} : fieldErrors(parsed.error));
    if (!parsed.success) return;
    const result = await save(() => send(parsed.data));
    if (!result.ok) return;
    reload();
    const notice: SavedNotice = { saved: existing ? 'Incident saved.' : 'Incident created and saved.' };
    void navigate(paths.incident(caseId, result.value.id), { state: notice });
  };

  const heading = existing ? 'Edit incident' : 'New incident';
  return (
    <form ref={formReference} onSubmit={submit} noValidate aria-labelledby="incident-editor-heading" className="max-w-3xl space-y-5 px-8 py-6">
      <h2 id="incident-editor-heading" className="text-lg font-semibold">
        {heading}
      </h2>
      <IncidentFields sources={outline.sources} entities={outline.entities} quotes={quotes} values={values} errors={errors} onChange={change} />
      {Object.keys(errors).length > 0 && (
        <p role="alert" className="text-sm font-medium text-red-700">
          Some fields need attention; each problem is shown next to its field.
        </p>
      )}
      <SaveStatus state={state} />
      <div className="flex gap-2 border-t border-stone-200 pt-4">
        <button type="submit" className="button button-primary" disabled={state.phase === 'saving'}>
          {existing ? 'Save changes' : 'Create incident'}
        </button>
        <Link className="button" to={existing ? paths.incident(caseId, existing.id) : paths.case(caseId)}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
