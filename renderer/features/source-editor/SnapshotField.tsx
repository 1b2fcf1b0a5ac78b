import { useId, useRef, useState, type ChangeEvent } from 'react';
import { TextAreaField, TextField } from '../../components/Fields';
import type { FieldErrors } from '../../lib/form-errors';
import { importText, type TextFormat } from '../../lib/text-import';
import { importFile } from './import-file';
import { localDateTime, type SourceFormValues } from './source-form';

type SnapshotValues = Pick<SourceFormValues, 'text' | 'origin' | 'capturedAt'>;

interface SnapshotFieldProps {
  readonly values: SnapshotValues;
  readonly errors: FieldErrors;
  readonly onChange: (update: Partial<SnapshotValues>) => void;
}

/** What the last import or conversion did, and the text before it, so a conversion can be taken back. */
type Notice =
  | { readonly kind: 'done'; readonly message: string; readonly previous?: string }
  | { readonly kind: 'refused'; readonly message: string };

const formatNames: Record<Exclude<TextFormat, 'plain'>, string> = { html: 'HTML', markdown: 'Markdown' };

const count = (text: string) => text.length.toLocaleString();

/**
 * The snapshot: its text (pasted, typed, or imported from a file and reduced to its words), where it came from and
 * when it was captured. Nothing in an imported or pasted document is loaded or run: it only ever becomes text.
 */
export function SnapshotField({ values, errors, onChange }: SnapshotFieldProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<Notice>();
  const capturedId = useId();
  const capturedError = errors['snapshot.capturedAt'];
  const now = () => localDateTime(new Date().toISOString());

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const imported = await importFile(file);
    if (!imported.ok) {
      setNotice({ kind: 'refused', message: imported.error.message });
      return;
    }
    onChange({
      text: imported.value,
      origin: values.origin || file.name,
      capturedAt: values.capturedAt || localDateTime(new Date(file.lastModified || Date.now()).toISOString()),
    });
    setNotice({ kind: 'done', message: `Imported “${file.name}”: ${count(imported.value)} characters of text.`, previous: values.text });
  };

  const convert = (format: Exclude<TextFormat, 'plain'>) => {
    const converted = importText(values.text, format);
    if (!converted.ok) {
      setNotice({ kind: 'refused', message: converted.error.message });
      return;
    }
    onChange({ text: converted.value });
    const message = `Converted from ${formatNames[format]}: ${count(values.text)} characters became ${count(converted.value)}.`;
    setNotice({ kind: 'done', message, previous: values.text });
  };

  const takeBack = (previous: string) => {
    onChange({ text: previous });
    setNotice({ kind: 'done', message: 'The text is as it was before.' });
  };

  // Pasting into an empty snapshot says where the text came from and when, unless the user has said so already.
  const pasted = () => {
    if (values.text !== '') return;
    onChange({ origin: values.origin || 'Pasted', capturedAt: values.capturedAt || now() });
  };

  return (
    <fieldset className="space-y-3 rounded-md border border-stone-200 p-4">
      <legend className="px-1 text-sm font-semibold">Snapshot</legend>
      <TextAreaField
        label="Snapshot text"
        hint={`The offline text that quotes point into (${count(values.text)} characters). Paste it, or import a .txt, .md or .html file: HTML and Markdown are reduced to their words, and nothing in them is loaded or run.`}
        value={values.text}
        error={errors['snapshot.text']}
        rows={14}
        className="input min-h-48 font-serif"
        onPaste={pasted}
        onChange={(event) => onChange({ text: event.target.value })}
      />
      <div className="flex flex-wrap gap-2">
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          Import file…
        </button>
        <input ref={fileInput} type="file" hidden accept=".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" aria-label="Text file to import" onChange={chooseFile} />
        <button type="button" className="button" disabled={values.text === ''} onClick={() => convert('html')}>
          Convert HTML to text
        </button>
        <button type="button" className="button" disabled={values.text === ''} onClick={() => convert('markdown')}>
          Convert Markdown to text
        </button>
      </div>
      <div aria-live="polite">
        {notice?.kind === 'done' && (
          <p role="status" className="flex flex-wrap items-center gap-2 text-sm text-stone-700">
            {notice.message}
            {notice.previous !== undefined && (
              <button type="button" className="link text-sm" onClick={() => takeBack(notice.previous!)}>
                Put the previous text back
              </button>
            )}
          </p>
        )}
        {notice?.kind === 'refused' && (
          <p role="alert" className="rounded border border-red-200 bg-red-50 px-2.5 py-1.5 text-sm text-red-800">
            {notice.message} The snapshot text was not changed.
          </p>
        )}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Origin"
          hint="Where the text came from: an address, a file name, “Pasted”."
          value={values.origin}
          error={errors['snapshot.origin']}
          onChange={(event) => onChange({ origin: event.target.value })}
        />
        <div className="space-y-1">
          <label htmlFor={capturedId} className="block text-sm font-medium text-stone-800">
            Captured at
          </label>
          <div className="flex gap-2">
            <input
              id={capturedId}
              type="datetime-local"
              step={1}
              className="input"
              value={values.capturedAt}
              aria-invalid={capturedError ? true : undefined}
              aria-describedby={capturedError ? `${capturedId}-hint ${capturedId}-error` : `${capturedId}-hint`}
              onChange={(event) => onChange({ capturedAt: event.target.value })}
            />
            <button type="button" className="button" onClick={() => onChange({ capturedAt: now() })}>
              Now
            </button>
          </div>
          <p id={`${capturedId}-hint`} className="text-xs text-stone-500">
            When the text was saved from its origin. An imported file fills in its own date.
          </p>
          {capturedError && (
            <p id={`${capturedId}-error`} className="text-xs font-medium text-red-700">
              {capturedError}
            </p>
          )}
        </div>
      </div>
    </fieldset>
  );
}
