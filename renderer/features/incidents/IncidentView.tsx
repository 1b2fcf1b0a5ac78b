import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { EntityRow, Incident, IncidentDetail } from '../../../shared';
import { paths } from '../../app/paths';
import { StatusBadge } from '../../components/Badges';
import { EditLink } from '../../components/EditLink';
import { EdtfDate } from '../../components/Dates';
import { Section } from '../../components/Section';
import { capitalised, roleLabel } from '../../lib/labels';
import { AnnotationsSection } from '../annotations/AnnotationsSection';
import { AttachedFiles } from '../attachments/AttachedFiles';
import { ObjectHistory } from '../history/ObjectHistory';
import { SourceList } from '../sources/SourceList';
import { DeleteButton } from '../trash/DeleteButton';
import { useOpenCase } from '../workspace/case-context';
import { CaseSensitivity } from '../workspace/CaseSensitivity';
import { SensitiveBadge } from '../workspace/SensitiveBadge';
import { IncidentClaims } from './IncidentClaims';
import { IncidentLinks } from './IncidentLinks';
import { IncidentQuotes } from './IncidentQuotes';

function Fact({ term, children }: { readonly term: string; readonly children: ReactNode }) {
  return (
    <div className="grid grid-cols-[7rem_minmax(0,1fr)] gap-2 py-1.5">
      <dt className="text-sm text-stone-500">{term}</dt>
      <dd className="text-sm">{children}</dd>
    </div>
  );
}

function Participants({ incident, entities }: { readonly incident: Incident; readonly entities: readonly EntityRow[] }) {
  if (incident.participants.length === 0) return <p className="text-sm text-stone-500">None recorded.</p>;
  const entitiesById = new Map(entities.map((entity) => [entity.id, entity]));
  return (
    <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
      {incident.participants.map((participant, index) => {
        const entity = entitiesById.get(participant.entityId);
        return (
          <li key={`${participant.entityId}-${index}`} className="flex items-center justify-between gap-3 px-3 py-2 text-sm">
            <span>
              <span className="font-medium">{entity?.name ?? 'Unknown entity'}</span>
              {entity && <span className="ml-2 text-xs text-stone-500">{capitalised(entity.kind)}</span>}
              {entity?.sensitive && (
                <span className="ml-2">
                  <SensitiveBadge />
                </span>
              )}
            </span>
            <span className="text-stone-700">{roleLabel(participant.role)}</span>
          </li>
        );
      })}
    </ul>
  );
}

interface IncidentViewProps {
  readonly caseId: string;
  readonly detail: IncidentDetail;
  readonly readOnly: boolean;
}

/** Everything known about one incident, with the evidence behind it. */
export function IncidentView({ caseId, detail, readOnly }: IncidentViewProps) {
  const { incident, quotes, sources, entities, annotations, links } = detail;
  const { reload } = useOpenCase();
  const navigate = useNavigate();
  const deleted = () => {
    reload();
    void navigate(paths.case(caseId));
  };
  return (
    <article aria-labelledby="incident-title" className="max-w-4xl space-y-8 px-8 py-6">
      <header className="space-y-3">
        <div className="flex items-start justify-between gap-4">
          <div>
            <p className="eyebrow">Incident</p>
            <h2 id="incident-title" className="mt-0.5 text-xl font-semibold tracking-tight">
              {incident.title}
            </h2>
          </div>
          <div className="flex shrink-0 gap-2">
            <EditLink className="button" to={paths.editIncident(caseId, incident.id)} disabled={readOnly}>
              Edit incident
            </EditLink>
            <DeleteButton caseId={caseId} target={{ kind: 'incident', id: incident.id }} label="Delete incident" readOnly={readOnly} onDeleted={deleted} />
          </div>
        </div>
        <div className="max-w-md">
          <CaseSensitivity kind="incident" item={incident} />
        </div>
        <dl className="divide-y divide-stone-200 border-y border-stone-200">
          <Fact term="Date">
            <EdtfDate value={incident.date} showRaw />
          </Fact>
          <Fact term="Place">{incident.place || <span className="text-stone-500">Not recorded</span>}</Fact>
          <Fact term="Status">
            <StatusBadge status={incident.status} />
          </Fact>
          <Fact term="Tags">
            {incident.tags.length === 0 ? (
              <span className="text-stone-500">None</span>
            ) : (
              <ul className="flex flex-wrap gap-1.5">
                {incident.tags.map((tag) => (
                  <li key={tag} className="rounded bg-stone-200/70 px-1.5 py-px text-xs text-stone-800">
                    {tag}
                  </li>
                ))}
              </ul>
            )}
          </Fact>
        </dl>
        <p className="text-sm leading-relaxed whitespace-pre-line">{incident.summary || 'No summary written.'}</p>
      </header>
      <Section title={`Claims (${incident.claims.length})`}>
        <IncidentClaims caseId={caseId} claims={incident.claims} quotes={quotes} />
      </Section>
      <Section title={`Quotes (${quotes.length})`}>
        <IncidentQuotes caseId={caseId} quotes={quotes} />
      </Section>
      <IncidentLinks incidentId={incident.id} links={links} />
      <Section title={`Linked sources (${sources.length})`}>
        <SourceList caseId={caseId} sources={sources} />
      </Section>
      <Section title={`People and organisations (${incident.participants.length})`}>
        <Participants incident={incident} entities={entities} />
      </Section>
      <AnnotationsSection target={{ kind: 'incident', id: incident.id }} annotations={annotations} primary />
      <AttachedFiles caseId={caseId} target={{ kind: 'incident', id: incident.id }} />
      <ObjectHistory objectId={incident.id} what="this incident" />
    </article>
  );
}
