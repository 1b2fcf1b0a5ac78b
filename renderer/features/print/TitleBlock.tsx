import type { CaseFile } from '../../../shared';
import { counted, printedDateTime } from './printed-text';

function countsOf(file: CaseFile): string {
  return [
    counted(file.incidents.length, 'incident'),
    counted(file.sources.length, 'source'),
    counted(file.quotes.length, 'quote'),
    counted(file.entities.length, 'person or organisation', 'people and organisations'),
    counted(file.annotations.length, 'note'),
  ].join(' · ');
}

export function TitleBlock({ file, printedAt }: { readonly file: CaseFile; readonly printedAt: Date }) {
  return (
    <header className="border-b-2 border-stone-800 pb-4">
      <p className="font-sans text-xs font-semibold uppercase tracking-wide text-stone-600">Case summary</p>
      <h1 className="mt-1 font-sans text-2xl font-bold">{file.case.name}</h1>
      {file.case.summary && <p className="mt-2 whitespace-pre-line">{file.case.summary}</p>}
      <p className="mt-3 font-sans text-sm text-stone-700">Printed {printedDateTime(printedAt)}</p>
      <p className="font-sans text-sm text-stone-700">{countsOf(file)}</p>
    </header>
  );
}
