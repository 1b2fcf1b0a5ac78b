import { reliabilityLabel, sourceKindLabel } from '../../lib/labels';
import { AnnotationBlock } from './AnnotationBlock';
import { counted, edtfWithRaw } from './printed-text';
import type { RegisterEntry } from './summary-model';

function SourceEntry({ entry }: { readonly entry: RegisterEntry }) {
  const { source, quotesCited } = entry;
  const facts: readonly [string, string][] = [
    ['Kind', sourceKindLabel(source.kind)],
    ['Author', source.author || 'Not recorded'],
    ['Publisher', source.publisher || 'Not recorded'],
    ['Published', edtfWithRaw(source.published, 'Not recorded')],
    ['Accessed', edtfWithRaw(source.accessed, 'Not recorded')],
    ['Address', source.url || 'None'],
    ['Reliability', reliabilityLabel(source.reliability)],
    ['Quotes cited', counted(quotesCited, 'quote')],
  ];
  return (
    <li className="print-keep border-b border-stone-200 py-2">
      <h3 className="font-semibold">{source.title}</h3>
      <dl className="mt-1 grid grid-cols-[7rem_1fr] gap-x-2 text-[0.95em]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-sans text-xs font-semibold uppercase tracking-wide text-stone-600">{label}</dt>
            <dd className="min-w-0 break-words">{value}</dd>
          </div>
        ))}
      </dl>
      {entry.annotations.map((annotation) => (
        <AnnotationBlock key={annotation.id} annotation={annotation} />
      ))}
    </li>
  );
}

/** Every source of the case, cited or not, so a reader can weigh each footnote. */
export function SourceRegister({ register }: { readonly register: readonly RegisterEntry[] }) {
  return (
    <section aria-labelledby="print-sources" className="print-section mt-10">
      <h2 id="print-sources" className="font-sans text-lg font-bold">
        Source register
      </h2>
      {register.length === 0 ? (
        <p className="mt-2">No sources are recorded in this case.</p>
      ) : (
        <ol className="mt-2">
          {register.map((entry) => (
            <SourceEntry key={entry.source.id} entry={entry} />
          ))}
        </ol>
      )}
    </section>
  );
}
