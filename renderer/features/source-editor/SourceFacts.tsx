import { isEdtfDate, reliabilityGrades, sourceKinds, type Reliability, type SourceKind } from '../../../shared';
import { SelectField, TextField } from '../../components/Fields';
import type { FieldErrors } from '../../lib/form-errors';
import { edtfInWords, reliabilityLabel, reliabilityMeaning, sourceKindLabel } from '../../lib/labels';
import type { SourceFormValues } from './source-form';

type FactValues = Omit<SourceFormValues, 'text' | 'origin' | 'capturedAt'>;

interface SourceFactsProps {
  readonly values: FactValues;
  readonly errors: FieldErrors;
  readonly onChange: (update: Partial<FactValues>) => void;
}

const grades = Object.keys(reliabilityGrades) as Reliability[];

/** An EDTF date field that says how Dossier reads what was typed. */
function EdtfField({ label, value, error, onChange }: { readonly label: string; readonly value: string; readonly error?: string | undefined; readonly onChange: (value: string) => void }) {
  const trimmed = value.trim();
  const reading = trimmed !== '' && isEdtfDate(trimmed) ? `Reads as: ${edtfInWords(trimmed)}.` : 'EDTF: 2018, 2023-11-05, 2023-11? (uncertain), 2015/2017 (range). Empty if unknown.';
  return <TextField label={label} hint={reading} value={value} error={error} className="input font-mono" onChange={(event) => onChange(event.target.value)} />;
}

/**
 * Who made the source, when, where it is found, and how far it can be relied on. The editor opens with the cursor in
 * its first field, Kind: it is opened to be filled in (by Ctrl/⌘+Alt+S, or Edit source), and nothing else is in reach.
 */
export function SourceFacts({ values, errors, onChange }: SourceFactsProps) {
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
        <SelectField label="Kind" autoFocus value={values.kind} error={errors.kind} onChange={(event) => onChange({ kind: event.target.value as SourceKind })}>
          {sourceKinds.map((kind) => (
            <option key={kind} value={kind}>
              {sourceKindLabel(kind)}
            </option>
          ))}
        </SelectField>
        <TextField label="Title" required value={values.title} error={errors.title} onChange={(event) => onChange({ title: event.target.value })} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Author" value={values.author} error={errors.author} onChange={(event) => onChange({ author: event.target.value })} />
        <TextField label="Publisher" value={values.publisher} error={errors.publisher} onChange={(event) => onChange({ publisher: event.target.value })} />
        <EdtfField label="Published" value={values.published} error={errors.published} onChange={(published) => onChange({ published })} />
        <EdtfField label="Accessed" value={values.accessed} error={errors.accessed} onChange={(accessed) => onChange({ accessed })} />
      </div>
      <TextField
        label="Address (URL)"
        hint="Kept and shown as text: Dossier never opens or fetches it."
        inputMode="url"
        className="input font-mono"
        value={values.url}
        error={errors.url}
        onChange={(event) => onChange({ url: event.target.value })}
      />
      <SelectField
        label="Reliability"
        hint={`${values.reliability}: ${reliabilityMeaning(values.reliability)}. How far the source itself has proved reliable, on the Admiralty scale.`}
        value={values.reliability}
        error={errors.reliability}
        onChange={(event) => onChange({ reliability: event.target.value as Reliability })}
      >
        {grades.map((grade) => (
          <option key={grade} value={grade}>
            {reliabilityLabel(grade)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
