import { incidentStatuses, type CitedQuote, type EntityRow, type SourceRow } from '../../../shared';
import { SelectField, TextAreaField, TextField } from '../../components/Fields';
import { errorUnder, type FieldErrors } from '../../lib/form-errors';
import { statusLabel } from '../../lib/labels';
import { ClaimsField } from './ClaimsField';
import { DateField } from './DateField';
import type { IncidentFormValues } from './incident-form';
import { ParticipantsField } from './ParticipantsField';
import { SourcesField } from './SourcesField';

function participantErrors(values: IncidentFormValues, errors: FieldErrors): (string | undefined)[] {
  return values.participants.map((participant, index) => {
    const error = errorUnder(errors, `participants.${index}`);
    return error && participant.entityId === '' ? 'Choose who this is, or remove the row.' : error;
  });
}

function claimErrors(values: IncidentFormValues, errors: FieldErrors) {
  return values.claims.map((_, index) => ({
    text: errorUnder(errors, `claims.${index}.text`),
    quotes: errorUnder(errors, `claims.${index}.quoteIds`),
  }));
}

interface IncidentFieldsProps {
  /** The case's sources and people, from its outline, to choose from. */
  readonly sources: readonly SourceRow[];
  readonly entities: readonly EntityRow[];
  /** The quotes supporting the incident, for its claims to cite; undefined while it is being created. */
  readonly quotes: readonly CitedQuote[] | undefined;
  readonly values: IncidentFormValues;
  readonly errors: FieldErrors;
  readonly onChange: (update: Partial<IncidentFormValues>) => void;
}

/** The editor's fields, each showing its own validation error; it opens with the cursor in the title. */
export function IncidentFields({ sources, entities, quotes, values, errors, onChange }: IncidentFieldsProps) {
  return (
    <>
      <TextField label="Title" required autoFocus maxLength={300} value={values.title} error={errors.title} onChange={(event) => onChange({ title: event.target.value })} />
      <div className="grid grid-cols-2 gap-4">
        <DateField value={values.date} error={errors.date} onChange={(date) => onChange({ date })} />
        <div className="space-y-4">
          <TextField label="Place" maxLength={300} value={values.place} error={errors.place} onChange={(event) => onChange({ place: event.target.value })} />
          <SelectField label="Status" value={values.status} onChange={(event) => onChange({ status: event.target.value as IncidentFormValues['status'] })}>
            {incidentStatuses.map((status) => (
              <option key={status} value={status}>
                {statusLabel(status)}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      <TextAreaField label="Summary" rows={5} value={values.summary} error={errors.summary} onChange={(event) => onChange({ summary: event.target.value })} />
      <TextField
        label="Tags"
        hint="Separate tags with commas, e.g. procurement, shell company."
        value={values.tags}
        error={errorUnder(errors, 'tags')}
        onChange={(event) => onChange({ tags: event.target.value })}
      />
      <SourcesField sources={sources} selected={values.sourceIds} onChange={(sourceIds) => onChange({ sourceIds })} />
      <ParticipantsField
        entities={entities}
        participants={values.participants}
        errors={participantErrors(values, errors)}
        onChange={(participants) => onChange({ participants })}
      />
      <ClaimsField quotes={quotes} claims={values.claims} errors={claimErrors(values, errors)} onChange={(claims) => onChange({ claims })} />
    </>
  );
}
