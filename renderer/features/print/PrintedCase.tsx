import { useMemo } from 'react';
import type { Annotation, CaseFile } from '../../../shared';
import { AnnotationBlock } from './AnnotationBlock';
import { CastSection } from './CastSection';
import { IncidentSection } from './IncidentSection';
import { SourceRegister } from './SourceRegister';
import { TitleBlock } from './TitleBlock';
import { summaryModel } from './summary-model';

function CaseNotes({ annotations }: { readonly annotations: readonly Annotation[] }) {
  if (annotations.length === 0) return null;
  return (
    <section aria-labelledby="print-case-notes" className="mt-4">
      <h2 id="print-case-notes" className="font-sans text-base font-bold">
        Notes on the case
      </h2>
      {annotations.map((annotation) => (
        <AnnotationBlock key={annotation.id} annotation={annotation} />
      ))}
    </section>
  );
}

/** The printed document itself: title block, incidents in date order with their notes, cast, source register. */
export function PrintedCase({ file, printedAt }: { readonly file: CaseFile; readonly printedAt: Date }) {
  const model = useMemo(() => summaryModel(file), [file]);
  return (
    <>
      <TitleBlock file={file} printedAt={printedAt} />
      <CaseNotes annotations={model.caseAnnotations} />
      {model.sections.length === 0 ? (
        <p className="mt-8 font-sans text-lg">This case has no incidents yet.</p>
      ) : (
        model.sections.map((section, index) => (
          <IncidentSection key={section.incident.id} section={section} position={index + 1} />
        ))
      )}
      <CastSection cast={model.cast} />
      <SourceRegister register={model.register} />
    </>
  );
}
