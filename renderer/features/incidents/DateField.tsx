import { useState } from 'react';
import { isEdtfDate } from '../../../shared';
import { TextField } from '../../components/Fields';
import { edtfInWords } from '../../lib/labels';

const hint = 'EDTF: 2018, 2023-11-05, 2023-11? (uncertain), ~2015 (approximate), 2015/2017 (range). Leave empty if unknown.';

/** The incident's date, checked as soon as the field is left, with how Dossier will read it. */
export function DateField({ value, error, onChange }: { readonly value: string; readonly error?: string; readonly onChange: (value: string) => void }) {
  const [left, setLeft] = useState(false);
  const trimmed = value.trim();
  const valid = trimmed === '' || isEdtfDate(trimmed);
  const ownError = left && !valid ? 'Not an EDTF date. Examples: 2018, 2023-11?, ~2015, 2015/2017.' : undefined;
  return (
    <div>
      <TextField
        label="Date"
        hint={hint}
        value={value}
        error={ownError ?? error}
        className="input font-mono"
        onBlur={() => setLeft(true)}
        onChange={(event) => onChange(event.target.value)}
      />
      {valid && trimmed !== '' && <p className="mt-1 text-xs text-stone-700">Reads as: {edtfInWords(trimmed)}</p>}
    </div>
  );
}
