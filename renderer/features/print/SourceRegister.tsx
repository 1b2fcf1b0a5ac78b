import { memo } from 'react';
import type { RegisterEntry } from '../../../shared/print';
import { reliabilityLabel, sourceKindLabel } from '../../lib/labels';
import { NotesBlock } from './AnnotationBlock';
import { useCitations } from './citations-context';
import { counted } from './printed-text';

function SourceEntry({ entry }: { readonly entry: RegisterEntry }) {
  const { source, quotesCited } = entry;
  const citations = useCitations();
  const facts: readonly [string, string][] = [
    ['Kind', sourceKindLabel(source.kind)],
    ['Reliability', reliabilityLabel(source.reliability)],
    ['Quotes cited', counted(quotesCited, 'quote')],
  ];
  return (
    <li className="print-keep border-b border-stone-200 py-2">
      {/* The entry as the citation style writes it (title included), sanitized by the citations module. */}
      <h3 dir="auto" className="csl-entry" dangerouslySetInnerHTML={{ __html: citations.register(source.id) }} />
      <dl className="mt-1 grid grid-cols-[7rem_1fr] gap-x-2 text-[0.95em]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-sans text-xs font-semibold uppercase tracking-wide text-stone-600">{label}</dt>
            <dd dir="auto" className="min-w-0 break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <NotesBlock notes={entry.annotations} />
    </li>
  );
}

/** The entries in the order the citation style sorts its bibliography; any it does not know keep their place after. */
function inStyleOrder(register: readonly RegisterEntry[], order: readonly string[]): RegisterEntry[] {
  const rank = new Map(order.map((id, index) => [id, index]));
  const rankOf = (entry: RegisterEntry) => rank.get(entry.source.id) ?? order.length;
  return [...register].sort((first, second) => rankOf(first) - rankOf(second));
}

/** The sources the printed footnotes cite, in the bundled citation style, so a reader can weigh each footnote. */
// Memoised: the incidents above it render in slices, and each slice must not render the whole register again.
export const SourceRegister = memo(function SourceRegister({
  register,
  sourcesInCase,
}: {
  readonly register: readonly RegisterEntry[];
  readonly sourcesInCase: number;
}) {
  const citations = useCitations();
  return (
    <section aria-labelledby="print-sources" className="print-section mt-10">
      <h2 id="print-sources" className="font-sans text-lg font-bold">
        Source register
      </h2>
      <p className="mt-1 font-sans text-xs text-stone-600">
        Only the sources this summary cites: {counted(register.length, 'source')} of {sourcesInCase} in the case. Citations in{' '}
        {citations.styleName} style.
      </p>
      {register.length === 0 ? (
        <p className="mt-2">No source is cited by the incidents printed.</p>
      ) : (
        <ol className="mt-2">
          {inStyleOrder(register, citations.registerOrder).map((entry) => (
            <SourceEntry key={entry.source.id} entry={entry} />
          ))}
        </ol>
      )}
    </section>
  );
});
