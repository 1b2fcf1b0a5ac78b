import type { NotesOn } from '../../../shared/print';
import { NotesBlock } from './AnnotationBlock';

/** Notes on the case as a whole; notes on incidents, quotes, sources and people print beside what they annotate. */
export function CaseNotesSection({ notes }: { readonly notes: NotesOn }) {
  const none = notes.notes.length + notes.judgements.length === 0;
  return (
    <section aria-labelledby="print-case-notes" className="print-section mt-10">
      <h2 id="print-case-notes" className="font-sans text-lg font-bold">
        Notes and analysts' judgements
      </h2>
      <p className="mt-1 font-sans text-xs text-stone-600">
        On the case as a whole. Notes on incidents, quotes, sources and people are printed with what they annotate.
      </p>
      {none ? <p className="mt-2">No note is written on the case as a whole.</p> : <NotesBlock notes={notes} />}
    </section>
  );
}
