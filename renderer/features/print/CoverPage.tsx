import type { CaseFile } from '../../../shared';
import { selectsEverything, type PrintOptions, type SummaryModel } from '../../../shared/print';
import { statusLabel } from '../../lib/labels';
import { counted, printedDateTime } from './printed-text';

/** The selection in a sentence, so a reader knows what the summary leaves out. */
export function selectionInWords(options: PrintOptions, model: SummaryModel): string {
  const { selection } = options;
  const printed = `${counted(model.sections.length, 'incident')} of ${model.counts.incidentsInCase}`;
  if (selectsEverything(selection)) return `${printed}: every incident in the case.`;
  const filters = [
    selection.tags.length > 0 && `tagged ${selection.tags.join(' or ')}`,
    (selection.from || selection.to) && `dated ${selection.from || 'any time'} to ${selection.to || 'any time'}`,
    selection.statuses.length > 0 && `${selection.statuses.map(statusLabel).join(' or ').toLowerCase()}`,
  ].filter(Boolean);
  return `${printed}: those ${filters.join(', ')}.`;
}

interface CoverProps {
  readonly file: CaseFile;
  readonly options: PrintOptions;
  readonly model: SummaryModel;
  readonly printedAt: Date;
  readonly profileName: string | undefined;
}

/** The first page: what the case is, who prepared the summary and when, and, large, who may see it. */
export function CoverPage({ file, options, model, printedAt, profileName }: CoverProps) {
  return (
    <header className="print-cover border-b-2 border-stone-800 pb-6">
      <p className="font-sans text-xs font-semibold uppercase tracking-wide text-stone-600">Case summary</p>
      <h1 dir="auto" className="mt-1 font-sans text-3xl font-bold">{file.case.name}</h1>
      <p className={`print-marking marking-${options.marking.slice(4).replace('+', '-').toLowerCase()} mt-6`}>{options.marking}</p>
      {file.case.summary && <p dir="auto" className="mt-6 whitespace-pre-line">{file.case.summary}</p>}
      <dl className="mt-6 grid grid-cols-[9rem_1fr] gap-x-3 gap-y-1 font-sans text-sm">
        <dt className="font-semibold text-stone-600">Prepared by</dt>
        <dd dir="auto">{options.author || 'Not stated'}</dd>
        <dt className="font-semibold text-stone-600">Printed</dt>
        <dd>{printedDateTime(printedAt)}</dd>
        <dt className="font-semibold text-stone-600">Incidents</dt>
        <dd>{selectionInWords(options, model)}</dd>
        <dt className="font-semibold text-stone-600">Footnotes</dt>
        <dd>
          {counted(model.counts.footnotes, 'footnote')}
          {model.counts.orphanedQuotes > 0 && `, ${counted(model.counts.orphanedQuotes, 'orphaned quote')} (not verified)`}
          {model.counts.unsupportedClaims > 0 && `, ${counted(model.counts.unsupportedClaims, 'unsupported claim')}`}
        </dd>
        <dt className="font-semibold text-stone-600">Redaction</dt>
        <dd dir="auto">{profileName ? `Redacted for the “${profileName}” profile` : 'None: the case as recorded'}</dd>
      </dl>
    </header>
  );
}
