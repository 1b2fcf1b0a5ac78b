import { Link } from 'react-router';
import type { CaseListing } from '../../../shared';
import { paths } from '../../app/paths';
import { Timestamp } from '../../components/Dates';

function CaseItem({ listing }: { readonly listing: CaseListing }) {
  return (
    <li className="relative px-4 py-3 hover:bg-stone-50">
      <h3 className="text-sm font-semibold">
        {/* The link's box covers the whole row, so the row is one click target with the name as its label. */}
        <Link to={paths.case(listing.id)} className="text-accent-700 after:absolute after:inset-0 hover:underline">
          {listing.name}
        </Link>
      </h3>
      {listing.summary && <p className="mt-0.5 line-clamp-2 text-sm text-stone-600">{listing.summary}</p>}
      <p className="mt-1 text-xs text-stone-500">
        {listing.incidentCount} {listing.incidentCount === 1 ? 'incident' : 'incidents'} · Last updated{' '}
        <Timestamp iso={listing.updatedAt} />
      </p>
    </li>
  );
}

export function CaseList({ cases }: { readonly cases: readonly CaseListing[] }) {
  if (cases.length === 0) {
    return <p className="px-4 py-6 text-sm text-stone-600">No cases yet. Create one with the form beside this list.</p>;
  }
  const newestFirst = [...cases].sort((first, second) => second.updatedAt.localeCompare(first.updatedAt));
  return (
    <ul className="divide-y divide-stone-200">
      {newestFirst.map((listing) => (
        <CaseItem key={listing.id} listing={listing} />
      ))}
    </ul>
  );
}
