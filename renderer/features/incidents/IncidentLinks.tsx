import { useRef, useState } from 'react';
import { Link } from 'react-router';
import type { LinkedIncident } from '../../../shared';
import type { IncidentLinkDraft } from '../../../shared/channels/incidents';
import { useApi, useSave } from '../../api';
import { paths } from '../../app/paths';
import { Dialog } from '../../components/Dialog';
import { EdtfDate } from '../../components/Dates';
import { SaveStatus } from '../../components/SaveStatus';
import { Section } from '../../components/Section';
import { capitalised } from '../../lib/labels';
import { useOpenCase } from '../workspace/case-context';
import { LinkIncidentForm } from './LinkIncidentForm';
import { linkInWords } from './link-words';

interface IncidentLinksProps {
  readonly incidentId: string;
  /** The incident's links both ways, as its detail read them. */
  readonly links: readonly LinkedIncident[];
}

/** The incidents linked to this one, each way, in words ("follow-up of", "includes"), with Add link and Remove. */
export function IncidentLinks({ incidentId, links }: IncidentLinksProps) {
  const { outline, reload, readOnly } = useOpenCase();
  const caseId = outline.case.id;
  const { call } = useApi();
  const { state, save, reset } = useSave();
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);

  const open = () => {
    reset();
    setAdding(true);
  };
  const link = async (draft: IncidentLinkDraft) => {
    const result = await save(() => call('incident.link', { caseId, link: draft }), 'Incidents linked.');
    if (!result.ok) return;
    setAdding(false);
    reload();
  };
  const unlink = async ({ link: removed }: LinkedIncident) => {
    const result = await save(() => call('incident.unlink', { caseId, linkId: removed.id }), 'Link removed. Undo puts it back.');
    if (!result.ok) return;
    // The row, and the button pressed, are about to go: the cursor moves to one that stays.
    addButton.current?.focus();
    reload();
  };

  const action = (
    <button ref={addButton} type="button" className="button" disabled={readOnly} onClick={open}>
      Add link
    </button>
  );
  return (
    <Section title={`Linked incidents (${links.length})`} actions={action}>
      {links.length === 0 ? (
        <p className="text-sm text-stone-500">No incidents are linked to this one.</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
          {links.map((linked) => (
            <li key={linked.link.id} className="flex items-center justify-between gap-3 px-3 py-2 text-sm">
              <span className="min-w-0">
                <span className="text-stone-600">{capitalised(linkInWords(linked.link, incidentId))}</span>{' '}
                <Link className="link font-medium" to={paths.incident(caseId, linked.other.id)}>
                  {linked.other.title}
                </Link>
                <span className="ml-2 text-xs text-stone-500">
                  <EdtfDate value={linked.other.date} />
                </span>
              </span>
              <button
                type="button"
                className="button button-quiet shrink-0 px-2 py-0.5 text-xs"
                aria-label={`Remove the link: ${linkInWords(linked.link, incidentId)} “${linked.other.title}”`}
                disabled={readOnly}
                onClick={() => void unlink(linked)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {!adding && <SaveStatus state={state} />}
      <Dialog title="Link another incident" open={adding} onClose={() => setAdding(false)}>
        <LinkIncidentForm incidentId={incidentId} incidents={outline.incidents} state={state} onLink={(draft) => void link(draft)} onCancel={() => setAdding(false)} />
      </Dialog>
    </Section>
  );
}
