import type { Annotation } from '../../../shared';
import type { NotesOn } from '../../../shared/print';
import { Markdown } from '../../components/Markdown';
import { printedDate } from './printed-text';

/**
 * A note printed with what it annotates; the analyst's own judgement is labelled and set apart from sourced fact
 * (a double rule, a tint and italics, so it survives black-and-white printing). Tags follow in small grey type.
 */
export function AnnotationBlock({ annotation }: { readonly annotation: Annotation }) {
  const judgement = annotation.analystJudgement;
  const label = judgement ? "Analyst's judgement" : 'Note';
  const byline = [annotation.author, printedDate(annotation.updatedAt)].filter(Boolean).join(', ');
  return (
    <aside
      aria-label={label}
      className={
        judgement
          ? 'print-keep my-2 border-l-4 border-double border-violet-700 bg-violet-50 py-1 pl-3 italic'
          : 'print-keep my-2 border-l-2 border-stone-400 py-1 pl-3'
      }
    >
      <p className="font-sans text-xs font-semibold uppercase tracking-wide text-stone-600">
        {label}
        {byline && (
          <span dir="auto" className="font-normal normal-case tracking-normal">
            {' '}— {byline}
          </span>
        )}
      </p>
      <div dir="auto">
        <Markdown text={annotation.body} />
      </div>
      {annotation.tags.length > 0 && (
        <p dir="auto" className="font-sans text-[0.7rem] text-stone-500 not-italic">Tags: {annotation.tags.join(', ')}</p>
      )}
    </aside>
  );
}

/** Notes first, then the analysts' judgements, each set apart: sourced fact is never mixed with opinion. */
export function NotesBlock({ notes }: { readonly notes: NotesOn }) {
  return (
    <>
      {notes.notes.map((annotation) => (
        <AnnotationBlock key={annotation.id} annotation={annotation} />
      ))}
      {notes.judgements.map((annotation) => (
        <AnnotationBlock key={annotation.id} annotation={annotation} />
      ))}
    </>
  );
}
