import { AnnotationBlock } from './AnnotationBlock';
import { citation, gradeOf } from './printed-text';
import type { Footnote } from './summary-model';

/** The marker in the text pointing to footnote n. */
export function FootnoteMarker({ number }: { readonly number: number }) {
  return (
    <sup aria-label={`Footnote ${number}`} className="ml-0.5 font-sans text-[0.7em] font-semibold text-stone-700">
      [{number}]
    </sup>
  );
}

function FootnoteEntry({ footnote }: { readonly footnote: Footnote }) {
  const { number, quote, source } = footnote;
  const grade = gradeOf(source, quote);
  return (
    <li className="print-keep flex gap-2">
      <span className="w-8 shrink-0 text-right font-sans font-semibold">[{number}]</span>
      <div className="min-w-0">
        <p>
          “{quote.textQuote.exact}” — {citation(source)}
          {quote.locator && `, ${quote.locator}`}. Grade <strong className="font-sans">{grade.code}</strong> ({grade.meaning}).
        </p>
        {quote.anchor === 'orphaned' && (
          <p className="font-sans text-[0.9em] font-semibold">
            Orphaned quote: this passage is no longer found in the source’s text as captured. Not verified.
          </p>
        )}
        {footnote.annotations.map((annotation) => (
          <AnnotationBlock key={annotation.id} annotation={annotation} />
        ))}
      </div>
    </li>
  );
}

/** An incident's notes, gathered at the end of its section (Chromium cannot print CSS page footnotes). */
export function FootnoteList({ footnotes, title }: { readonly footnotes: readonly Footnote[]; readonly title: string }) {
  if (footnotes.length === 0) return null;
  return (
    <section aria-label={`Notes to ${title}`} className="mt-3 border-t border-stone-300 pt-2 text-[0.9em]">
      <h4 className="sr-only">Notes</h4>
      <ol className="space-y-1.5">
        {footnotes.map((footnote) => (
          <FootnoteEntry key={footnote.number} footnote={footnote} />
        ))}
      </ol>
    </section>
  );
}
