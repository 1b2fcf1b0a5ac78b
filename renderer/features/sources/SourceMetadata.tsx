import type { ReactNode } from 'react';
import type { Source } from '../../../shared';
import { EdtfDate, Timestamp } from '../../components/Dates';
import { sourceKindLabel } from '../../lib/labels';

function Item({ term, children }: { readonly term: string; readonly children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="eyebrow">{term}</dt>
      <dd className="mt-0.5 text-sm break-words">{children}</dd>
    </div>
  );
}

const none = <span className="text-stone-500">Not recorded</span>;

/** Who published the source and when; its address is text only, since Dossier never fetches anything. */
export function SourceMetadata({ source }: { readonly source: Source }) {
  return (
    <dl className="grid grid-cols-5 gap-x-6 gap-y-3">
      <Item term="Kind">{sourceKindLabel(source.kind)}</Item>
      <Item term="Author">{source.author || none}</Item>
      <Item term="Publisher">{source.publisher || none}</Item>
      <Item term="Published">{source.published ? <EdtfDate value={source.published} showRaw /> : none}</Item>
      <Item term="Accessed">{source.accessed ? <EdtfDate value={source.accessed} showRaw /> : none}</Item>
      <div className="col-span-2 min-w-0">
        <dt className="eyebrow">Address</dt>
        <dd className="mt-0.5 font-mono text-xs break-all text-stone-700 select-all">{source.url || none}</dd>
      </div>
      <div className="col-span-3 min-w-0">
        <dt className="eyebrow">Snapshot</dt>
        <dd className="mt-0.5 text-sm text-stone-700">
          {source.snapshot.origin || 'Origin not recorded'}
          {source.snapshot.capturedAt && (
            <span className="block text-xs text-stone-500">
              Captured <Timestamp iso={source.snapshot.capturedAt} />
            </span>
          )}
        </dd>
      </div>
    </dl>
  );
}
