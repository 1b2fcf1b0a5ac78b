import { edtfInWords } from '../lib/labels';

const timestampFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** When something was saved, in the reader's locale. */
export function Timestamp({ iso }: { readonly iso: string }) {
  const date = new Date(iso);
  return <time dateTime={iso}>{Number.isNaN(date.getTime()) ? iso : timestampFormat.format(date)}</time>;
}

/** An EDTF date in words, optionally followed by the exact EDTF value. */
export function EdtfDate({ value, showRaw = false }: { readonly value: string; readonly showRaw?: boolean }) {
  const words = edtfInWords(value);
  return (
    <span>
      {words}
      {showRaw && value && words !== value && (
        <span className="ml-1.5 font-mono text-xs text-stone-500">
          <span className="sr-only">EDTF </span>({value})
        </span>
      )}
    </span>
  );
}
