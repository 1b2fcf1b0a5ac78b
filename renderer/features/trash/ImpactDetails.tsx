import { useId } from 'react';
import type { DeletionImpact } from '../../../shared';

/** How many rows of each list the dialog shows; a source with hundreds of quotes is summed up, not listed whole. */
const shownRows = 8;

function ImpactList({ heading, items }: { readonly heading: string; readonly items: readonly { key: string; text: string }[] }) {
  const headingId = useId();
  if (items.length === 0) return null;
  const hidden = items.length - shownRows;
  return (
    <section aria-labelledby={headingId} className="mt-3">
      <h3 id={headingId} className="text-sm font-semibold">
        {heading} ({items.length})
      </h3>
      <ul className="mt-1 max-h-40 list-disc space-y-0.5 overflow-y-auto pl-5 text-sm text-stone-700">
        {items.slice(0, shownRows).map((item) => (
          <li key={item.key} className="break-words">
            {item.text}
          </li>
        ))}
        {hidden > 0 && <li className="list-none text-stone-500">and {hidden} more</li>}
      </ul>
    </section>
  );
}

/** What deleting takes with it and which links break, as the core worked it out. */
export function ImpactDetails({ impact }: { readonly impact: DeletionImpact }) {
  const objects = impact.objects.map((object) => ({ key: `${object.kind}:${object.id}`, text: `${object.title} — ${object.description}` }));
  const links = impact.links.map((link, index) => ({ key: `${link.kind}:${link.id}:${index}`, text: link.description }));
  return (
    <div>
      <p className="text-sm text-stone-700">It goes to the trash, from where it can be restored with its links.</p>
      <ImpactList heading="Deleted with it" items={objects} />
      <ImpactList heading="Links that will break" items={links} />
      {objects.length === 0 && links.length === 0 && <p className="mt-2 text-sm text-stone-600">Nothing else in the case refers to it.</p>}
    </div>
  );
}
