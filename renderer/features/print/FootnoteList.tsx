import type { Footnote } from '../../../shared/print';
import { NotesBlock } from './AnnotationBlock';
import { useCitations } from './citations-context';
import { gradeMeaning } from './printed-text';

/** The markers in the text pointing to footnotes, e.g. [3][4]. */
export function FootnoteMarkers({ numbers }: { readonly numbers: readonly number[] }) {
  return numbers.map((number) => (
    <sup key={number} aria-label={`Footnote ${number}`} className="ml-0.5 font-sans text-[0.7em] font-semibold text-stone-700">
      [{number}]
    </sup>
  ));
}

/** Whether the style's note already ends a sentence ('… plots.”'), so that no second full stop is added. */
function endsSentence(html: string): boolean {
  const text = html.replace(/<[^>]*>/g, '').trimEnd();
  return /[.!?][”’"')\]]*$/.test(text);
}

function FootnoteEntry({ footnote }: { readonly footnote: Footnote }) {
  const { number, quote, source, grade, verified } = footnote;
  const note = useCitations().note(source.id, quote.locator || undefined);
  return (
    <li className="print-keep flex gap-2">
      <span className="w-8 shrink-0 text-right font-sans font-semibold">[{number}]</span>
      <div className="min-w-0">
        <p>
          “<span dir="auto" className="whitespace-pre-line">{quote.textQuote.exact}</span>” —{' '}
          <span dir="auto" dangerouslySetInnerHTML={{ __html: note }} />
          {endsSentence(note) ? '' : '.'} Grade{' '}
          <strong className="font-sans">{grade}</strong> ({gradeMeaning(source, quote)}).
        </p>
        {!verified && (
          <p className="font-sans text-[0.9em] font-semibold">
            Orphaned quote: this passage is no longer found in the source’s text as captured. Not verified.
          </p>
        )}
        <NotesBlock notes={footnote.annotations} />
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
