import { NavLink } from 'react-router';
import type { CaseFile } from '../../../shared';
import { paths } from '../../app/paths';
import { StatusBadge } from '../../components/Badges';
import { edtfInWords } from '../../lib/labels';
import { incidentsByDate } from '../../lib/case-queries';

const entry = ({ isActive }: { isActive: boolean }) =>
  `block rounded px-3 py-2 ${isActive ? 'bg-accent-50 ring-1 ring-accent-600/40' : 'hover:bg-stone-100'}`;

/** The case's incidents in date order; the open one is marked as the current page. */
export function IncidentList({ file }: { readonly file: CaseFile }) {
  const incidents = incidentsByDate(file);
  const caseId = file.case.id;
  return (
    <nav aria-labelledby="incident-list-heading" className="flex min-h-0 flex-col">
      <ul className="space-y-0.5 px-2">
        <li>
          <NavLink to={paths.case(caseId)} end className={entry}>
            <span className="text-sm font-medium">Case overview</span>
            <span className="block text-xs text-stone-500">Summary, sources and case notes</span>
          </NavLink>
        </li>
      </ul>
      <h2 id="incident-list-heading" className="eyebrow mt-4 px-5">
        Incidents ({incidents.length})
      </h2>
      {incidents.length === 0 && <p className="px-5 py-2 text-sm text-stone-600">No incidents yet.</p>}
      <ul className="mt-1 space-y-0.5 px-2 pb-4">
        {incidents.map((incident) => (
          <li key={incident.id}>
            <NavLink to={paths.incident(caseId, incident.id)} className={entry}>
              <span className="block text-sm leading-snug font-medium text-stone-900">{incident.title}</span>
              <span className="mt-1 flex items-center justify-between gap-2 text-xs text-stone-600">
                <span>{edtfInWords(incident.date)}</span>
                <StatusBadge status={incident.status} />
              </span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
