import { useMemo } from 'react';
import { NavLink, useMatch } from 'react-router';
import type { IncidentRow } from '../../../shared';
import { paths } from '../../app/paths';
import { StatusBadge } from '../../components/Badges';
import { VirtualRows } from '../../components/VirtualRows';
import { edtfInWords } from '../../lib/labels';
import { SensitiveBadge } from './SensitiveBadge';
import { useRovingVirtualList } from './use-roving-virtual-list';

const entry = ({ isActive }: { isActive: boolean }) =>
  `block rounded px-3 py-2 ${isActive ? 'bg-accent-50 ring-1 ring-accent-600/40' : 'hover:bg-stone-100'}`;

interface EntryProps {
  readonly caseId: string;
  readonly incident: IncidentRow;
  readonly tabbable: boolean;
  readonly onFocus: () => void;
}

function IncidentEntry({ caseId, incident, tabbable, onFocus }: EntryProps) {
  return (
    <NavLink to={paths.incident(caseId, incident.id)} className={entry} tabIndex={tabbable ? 0 : -1} data-item-id={incident.id} onFocus={onFocus}>
      <span className="block text-sm leading-snug font-medium text-stone-900">{incident.title}</span>
      <span className="mt-1 flex items-center justify-between gap-2 text-xs text-stone-600">
        <span>{edtfInWords(incident.date)}</span>
        <span className="flex gap-1">
          {incident.sensitive && <SensitiveBadge />}
          <StatusBadge status={incident.status} />
        </span>
      </span>
    </NavLink>
  );
}

/**
 * The case's incidents in date order; the open one is marked as the current page. Only the rows in view are in
 * the page (a case may hold tens of thousands), so the list is one tab stop moved with the arrow keys.
 */
export function IncidentList({ caseId, incidents }: { readonly caseId: string; readonly incidents: readonly IncidentRow[] }) {
  const ids = useMemo(() => incidents.map((incident) => incident.id), [incidents]);
  const selectedId = useMatch('/cases/:caseId/incidents/:incidentId/*')?.params.incidentId;
  const { scrollElement, virtualizer, tabStop, onKeyDown, focused } = useRovingVirtualList({ ids, selectedId, estimateSize: 62 });
  return (
    <nav aria-labelledby="incident-list-heading" className="flex min-h-0 flex-1 flex-col">
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
      <p id="incident-list-keys" className="sr-only">
        The arrow keys, Page Up, Page Down, Home and End move through the incidents.
      </p>
      {incidents.length === 0 && <p className="px-5 py-2 text-sm text-stone-600">No incidents yet.</p>}
      <div ref={scrollElement} className="mt-1 min-h-0 flex-1 overflow-y-auto border-t border-stone-200/70 px-2 pb-4">
        <VirtualRows
          aria-labelledby="incident-list-heading"
          aria-describedby="incident-list-keys"
          onKeyDown={onKeyDown}
          virtualizer={virtualizer}
          setSize={incidents.length}
          renderRow={(index) => {
            const incident = incidents[index];
            return incident && <IncidentEntry caseId={caseId} incident={incident} tabbable={index === tabStop} onFocus={() => focused(incident.id)} />;
          }}
        />
      </div>
    </nav>
  );
}
