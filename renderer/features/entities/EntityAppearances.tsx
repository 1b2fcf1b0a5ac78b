import { useState } from 'react';
import { Link } from 'react-router';
import type { CastIncident, CastMember, CastMention } from '../../../shared';
import { useChannel } from '../../api';
import { paths } from '../../app/paths';
import { CredibilityBadge } from '../../components/Badges';
import { EdtfDate } from '../../components/Dates';
import { FailureNotice } from '../../components/FailureNotice';
import { roleLabel } from '../../lib/labels';
import { counted } from './cast-view';

const listHeading = 'text-xs font-semibold uppercase tracking-wide text-stone-500';

function IncidentEntries({ caseId, incidents }: { readonly caseId: string; readonly incidents: readonly CastIncident[] }) {
  if (incidents.length === 0) return <p className="text-sm text-stone-500">Not named in any incident.</p>;
  return (
    <ul className="space-y-1 text-sm">
      {incidents.map((incident) => (
        <li key={incident.id} className="flex flex-wrap items-baseline gap-x-2">
          <Link className="link" to={paths.incident(caseId, incident.id)}>
            {incident.title}
          </Link>
          <span className="text-xs text-stone-600">
            {incident.date ? <EdtfDate value={incident.date} /> : 'Undated'} · as {incident.roles.map(roleLabel).join(' and ')}
          </span>
        </li>
      ))}
    </ul>
  );
}

function MentionEntries({ caseId, mentions }: { readonly caseId: string; readonly mentions: readonly CastMention[] }) {
  return (
    <ul className="space-y-2">
      {mentions.map((mention) => (
        <li key={mention.quoteId} className="rounded border border-stone-200 bg-white p-2">
          <blockquote className="line-clamp-4 border-l-4 border-amber-300 pl-3 font-serif text-sm leading-relaxed">“{mention.exact}”</blockquote>
          <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-stone-600">
            <span>
              From{' '}
              <Link className="link" to={paths.source(caseId, mention.sourceId, mention.quoteId)}>
                {mention.sourceTitle || 'an untitled source'}
              </Link>
              {mention.locator && `, ${mention.locator}`}
            </span>
            <CredibilityBadge grade={mention.credibility} />
            {mention.anchor === 'orphaned' && <span className="font-medium text-red-700">No longer found in its source</span>}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Every quote naming the entity, read when the user asks for more than the cast carries. */
function AllMentions({ caseId, entityId, revision }: { readonly caseId: string; readonly entityId: string; readonly revision: number }) {
  const [detail] = useChannel('entity.get', { caseId, entityId }, revision);
  if (detail.status === 'loading') return <p role="status" className="text-sm text-stone-500">Loading every quote…</p>;
  if (detail.status === 'failed') return <FailureNotice failure={detail.error} />;
  return <MentionEntries caseId={caseId} mentions={detail.value.mentions} />;
}

/** The incidents an entity takes part in, with its roles, and the quotes that name it. */
export function EntityAppearances({ caseId, member, revision }: { readonly caseId: string; readonly member: CastMember; readonly revision: number }) {
  const [showAll, setShowAll] = useState(false);
  const { entity, incidents, mentions, mentionCount } = member;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div className="space-y-1.5">
        <h4 className={listHeading}>Incidents ({incidents.length})</h4>
        <IncidentEntries caseId={caseId} incidents={incidents} />
      </div>
      <div className="space-y-1.5">
        <h4 className={listHeading}>Quotes naming {entity.aliases.length > 0 ? 'it or an alias' : 'it'} ({mentionCount})</h4>
        {mentionCount === 0 && <p className="text-sm text-stone-500">No quote names it.</p>}
        {showAll ? (
          <AllMentions caseId={caseId} entityId={entity.id} revision={revision} />
        ) : (
          <MentionEntries caseId={caseId} mentions={mentions} />
        )}
        {!showAll && mentionCount > mentions.length && (
          <button type="button" className="button" onClick={() => setShowAll(true)}>
            Show all {counted(mentionCount, 'quote')}
          </button>
        )}
      </div>
    </div>
  );
}
