import type { CaseFile } from '../../../shared';
import type { PrintOptions, SummaryModel } from '../../../shared/print';
import { AppendixSection } from './AppendixSection';
import { CaseNotesSection } from './CaseNotesSection';
import { CastSection } from './CastSection';
import { ChronologySection } from './ChronologySection';
import { ContentsSection } from './ContentsSection';
import { CoverPage } from './CoverPage';
import { IncidentSection } from './IncidentSection';
import { SourceRegister } from './SourceRegister';

interface PrintedCaseProps {
  readonly file: CaseFile;
  readonly model: SummaryModel;
  readonly options: PrintOptions;
  readonly printedAt: Date;
  readonly profileName: string | undefined;
  /** How many incident sections have been rendered so far: a large case is laid out a slice at a time. */
  readonly incidentsShown: number;
}

function NoIncidents({ model }: { readonly model: SummaryModel }) {
  const message = model.counts.incidentsInCase === 0 ? 'This case has no incidents yet.' : 'No incident matches the selection.';
  return <p className="print-empty mt-8 font-sans text-lg">{message}</p>;
}

/** The printed document itself, its sections in a fixed order, each only when chosen. */
export function PrintedCase({ file, model, options, printedAt, profileName, incidentsShown }: PrintedCaseProps) {
  const chosen = new Set(options.sections);
  return (
    <article aria-label="Printed summary" className="printed-case">
      {chosen.has('cover') && <CoverPage file={file} options={options} model={model} printedAt={printedAt} profileName={profileName} />}
      {chosen.has('contents') && <ContentsSection sections={options.sections} model={model} />}
      {model.sections.length === 0 && <NoIncidents model={model} />}
      {chosen.has('chronology') && model.sections.length > 0 && <ChronologySection chronology={model.chronology} />}
      {chosen.has('incidents') &&
        model.sections.slice(0, incidentsShown).map((section) => <IncidentSection key={section.incident.id} section={section} />)}
      {chosen.has('cast') && <CastSection cast={model.cast} />}
      {chosen.has('sources') && <SourceRegister register={model.register} sourcesInCase={model.counts.sourcesInCase} />}
      {chosen.has('annotations') && <CaseNotesSection notes={model.caseAnnotations} />}
      {chosen.has('attachments') && <AppendixSection appendix={model.appendix} />}
    </article>
  );
}
