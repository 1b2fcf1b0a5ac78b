import type { CaseFile } from '../domain/case-file';
import type { IncidentLink } from '../domain/incident';
import { failure, success, type Result } from '../result';
import { created, deleted } from './changes';
import { timestamp, type Environment, type Operation } from './environment';
import { findIndex } from './references';

export type IncidentLinkKind = IncidentLink['kind'];
export type IncidentLinkFields = Pick<IncidentLink, 'fromIncidentId' | 'toIncidentId' | 'kind'>;

/** How a link reads as a sentence, from its first incident to its second, for the history and Undo/Redo. */
const sentences: Readonly<Record<IncidentLinkKind, string>> = {
  'follow-up': 'is a follow-up of',
  'part-of': 'is part of',
  'same-actors': 'has the same actors as',
  related: 'is related to',
};

function titleOf(file: CaseFile, incidentId: string): string {
  return file.incidents.find((incident) => incident.id === incidentId)?.title ?? incidentId;
}

function linkSentence(file: CaseFile, link: IncidentLinkFields): string {
  return `“${titleOf(file, link.fromIncidentId)}” ${sentences[link.kind]} “${titleOf(file, link.toIncidentId)}”`;
}

function checkEnds(file: CaseFile, { fromIncidentId, toIncidentId }: IncidentLinkFields): Result<true> {
  if (fromIncidentId === toIncidentId) return failure('invalid-input', 'link.toIncidentId: an incident cannot be linked to itself.');
  for (const [field, id] of [['fromIncidentId', fromIncidentId], ['toIncidentId', toIncidentId]] as const) {
    const found = findIndex(file, 'incidents', id);
    if (!found.ok) return failure('invalid-input', `link.${field}: ${found.error.message}`);
  }
  return success(true);
}

/**
 * The same kind of link between the same two incidents is refused whichever way it runs: the same actors either
 * way round is one fact, and a follow-up (or a part) both ways round would contradict itself.
 */
function checkNotLinked(file: CaseFile, fields: IncidentLinkFields): Result<true> {
  const existing = file.incidentLinks.find(
    (link) =>
      link.kind === fields.kind &&
      ((link.fromIncidentId === fields.fromIncidentId && link.toIncidentId === fields.toIncidentId) ||
        (link.fromIncidentId === fields.toIncidentId && link.toIncidentId === fields.fromIncidentId)),
  );
  if (!existing) return success(true);
  const reversed = existing.fromIncidentId !== fields.fromIncidentId;
  const symmetric = fields.kind === 'same-actors' || fields.kind === 'related';
  const why = reversed && !symmetric ? '; a link of this kind cannot run both ways' : '';
  return failure('invalid-input', `These incidents are already linked: ${linkSentence(file, existing)}${why}.`);
}

export function linkIncidents(file: CaseFile, fields: IncidentLinkFields, environment: Environment): Operation<IncidentLink> {
  const ends = checkEnds(file, fields);
  if (!ends.ok) return ends;
  const unique = checkNotLinked(file, fields);
  if (!unique.ok) return unique;
  const link: IncidentLink = { id: environment.newId(), ...fields, createdAt: timestamp(environment) };
  return success({ value: link, label: `Linked incidents: ${linkSentence(file, link)}`, changes: [created('incidentLinks', link)] });
}

/**
 * Removes a link outright rather than to the trash: a link holds nothing but its two ends and its kind, the journal
 * keeps it, and Undo puts it back. The label says so, as the trash will not list it.
 */
export function unlinkIncidents(file: CaseFile, linkId: string): Operation<{ unlinked: string }> {
  const link = file.incidentLinks.find((candidate) => candidate.id === linkId);
  if (!link) return failure('not-found', `This case has no link between incidents with the id "${linkId}"; it may have been removed.`);
  return success({
    value: { unlinked: linkId },
    label: `Removed the link: ${linkSentence(file, link)} (not kept in the trash; Undo puts it back)`,
    changes: [deleted('incidentLinks', link)],
  });
}
