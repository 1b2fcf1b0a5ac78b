import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { credibilityGrades, trimmedPassage, type Credibility, type Quote, type Source } from '../../../shared';
import { quoteDraftSchema } from '../../../shared/channels/sources';
import { useApi, useSave } from '../../api';
import { SelectField, TextField } from '../../components/Fields';
import { SaveStatus } from '../../components/SaveStatus';
import { fieldErrors, type FieldErrors } from '../../lib/form-errors';
import { credibilityLabel, credibilityMeaning } from '../../lib/labels';
import { IncidentPicker, type IncidentChoice } from './IncidentPicker';
import type { TextSpan } from './selection-offsets';

interface QuoteComposerProps {
  readonly caseId: string;
  readonly source: Pick<Source, 'id' | 'title' | 'snapshot'>;
  /** The selected passage by character offsets in the snapshot text, as `selectionOffsets` gives it. */
  readonly selection: TextSpan;
  /** The incidents the quote may support. */
  readonly incidents: readonly IncidentChoice[];
  readonly onSaved: (quote: Quote) => void;
  readonly onCancel: () => void;
}

const grades = Object.keys(credibilityGrades).map(Number) as Credibility[];
/** Chosen until the user judges otherwise: making a quote should not claim more than is known. */
const unjudged: Credibility = 6;
const shownCharacters = 600;

/**
 * Makes the selected passage a quote in one step: shows the exact words (without the spaces around the selection),
 * and asks for credibility, the incidents it supports and a locator. Ctrl+Enter (⌘+Enter) saves from any field;
 * Escape cancels.
 */
export function QuoteComposer({ caseId, source, selection, incidents, onSaved, onCancel }: QuoteComposerProps) {
  const { call } = useApi();
  const { state, save } = useSave();
  const [credibility, setCredibility] = useState<Credibility>(unjudged);
  const [incidentIds, setIncidentIds] = useState<string[]>([]);
  const [locator, setLocator] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const firstField = useRef<HTMLSelectElement>(null);
  const text = source.snapshot.text;
  const passage = trimmedPassage(text, selection.start, selection.end);
  const exact = passage ? text.slice(passage.start, passage.end) : '';

  useEffect(() => {
    firstField.current?.focus();
  }, []);
  const otherErrors = Object.entries(errors).filter(([field]) => field !== 'credibility' && field !== 'locator');

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!passage || state.phase === 'saving') return;
    const parsed = quoteDraftSchema.safeParse({ sourceId: source.id, ...selection, credibility, incidentIds, locator });
    setErrors(parsed.success ? {} : fieldErrors(parsed.error));
    if (!parsed.success) return;
    const created = await save(() => call('quote.create', { caseId, quote: parsed.data }), 'Quote saved');
    if (created.ok) onSaved(created.value);
  };

  const keys = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  };

  return (
    <form onSubmit={submit} onKeyDown={keys} noValidate aria-labelledby="quote-composer-heading" className="space-y-4 rounded-md border border-accent-600/40 bg-white p-4">
      <h3 id="quote-composer-heading" className="text-sm font-semibold">
        New quote from “{source.title}”
      </h3>
      {passage ? (
        <figure className="space-y-1">
          <blockquote className="max-h-48 overflow-y-auto border-l-4 border-amber-300 pl-3 font-serif text-sm leading-relaxed whitespace-pre-wrap">
            “{exact.length > shownCharacters ? `${exact.slice(0, shownCharacters)}…` : exact}”
          </blockquote>
          <figcaption className="text-xs text-stone-500">
            Characters {passage.start}–{passage.end} of the snapshot ({exact.length.toLocaleString()} characters)
          </figcaption>
        </figure>
      ) : (
        <p role="alert" className="text-sm font-medium text-red-700">
          The selection holds only spaces or line breaks: select the words to quote.
        </p>
      )}
      <SelectField
        ref={firstField}
        label="Credibility"
        hint={`${credibility}: ${credibilityMeaning(credibility)}. How far this information is borne out, on the Admiralty scale.`}
        value={credibility}
        error={errors.credibility}
        onChange={(event) => setCredibility(Number(event.target.value) as Credibility)}
      >
        {grades.map((grade) => (
          <option key={grade} value={grade}>
            {credibilityLabel(grade)}
          </option>
        ))}
      </SelectField>
      <IncidentPicker incidents={incidents} chosen={incidentIds} onChange={setIncidentIds} />
      <TextField
        label="Locator"
        hint="Where the passage is, as a reader would cite it: “p. 12”, “00:14:32”, “para. 4”."
        value={locator}
        error={errors.locator}
        onChange={(event) => setLocator(event.target.value)}
      />
      {otherErrors.map(([field, message]) => (
        <p key={field} role="alert" className="text-sm font-medium text-red-700">
          {field}: {message}
        </p>
      ))}
      <SaveStatus state={state} />
      <div className="flex gap-2">
        <button type="submit" className="button button-primary" disabled={!passage || state.phase === 'saving'}>
          Save quote
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <p className="text-xs text-stone-500">Ctrl+Enter saves, Escape cancels.</p>
    </form>
  );
}
