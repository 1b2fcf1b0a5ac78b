import { z } from 'zod';
import { annotationTargetSchema, type Annotation, type AnnotationTarget } from '../domain/annotation';
import { participantSchema, type Incident, type Participant } from '../domain/incident';
import type { TrashEntry } from '../domain/trash';

/** An object as it was and as a merge leaves it. */
type Retargeted<T> = [before: T, after: T];
type TrashedObject = TrashEntry['objects'][number];

/**
 * The participants with the merged entity replaced by the kept one, in the same place and role. When the kept one
 * already plays that role there, it is listed once; a different role is kept, since someone can be both an
 * official and a perpetrator in one incident, and dropping either role would lose what the user recorded.
 */
export function mergedParticipants(participants: readonly Participant[], keepId: string, mergeId: string): Participant[] {
  const roles = new Set(participants.filter((participant) => participant.entityId === keepId).map((participant) => participant.role));
  return participants.flatMap((participant) => {
    if (participant.entityId !== mergeId) return [participant];
    if (roles.has(participant.role)) return [];
    roles.add(participant.role);
    return [{ ...participant, entityId: keepId }];
  });
}

const names = (participants: readonly Participant[], entityId: string) => participants.some((participant) => participant.entityId === entityId);
const isOn = (target: AnnotationTarget, entityId: string) => target.kind === 'entity' && target.id === entityId;

export function retargetedIncidents(incidents: readonly Incident[], keepId: string, mergeId: string): Retargeted<Incident>[] {
  return incidents.flatMap((incident): Retargeted<Incident>[] =>
    names(incident.participants, mergeId)
      ? [[incident, { ...incident, participants: mergedParticipants(incident.participants, keepId, mergeId) }]]
      : [],
  );
}

/** Notes move unchanged and keep their times: moving a note is not editing it, and it must not show as edited. */
export function retargetedAnnotations(annotations: readonly Annotation[], keepId: string, mergeId: string): Retargeted<Annotation>[] {
  return annotations.flatMap((annotation): Retargeted<Annotation>[] =>
    isOn(annotation.target, mergeId) ? [[annotation, { ...annotation, target: { kind: 'entity', id: keepId } }]] : [],
  );
}

const participantsSchema = z.array(participantSchema);

/** A trashed incident or note that names the merged entity, made to name the kept one; anything else as it was. */
function retargetedObject(object: TrashedObject, keepId: string, mergeId: string): TrashedObject {
  const { collection, value } = object;
  if (collection === 'incidents') {
    const participants = participantsSchema.safeParse(value['participants']);
    if (participants.success && names(participants.data, mergeId)) {
      return { collection, value: { ...value, participants: mergedParticipants(participants.data, keepId, mergeId) } };
    }
  }
  if (collection === 'annotations') {
    const target = annotationTargetSchema.safeParse(value['target']);
    if (target.success && isOn(target.data, mergeId)) return { collection, value: { ...value, target: { kind: 'entity', id: keepId } } };
  }
  return object;
}

type RemovedLink = TrashEntry['links'][number];

/** A removed participant that names the merged entity, made to name the kept one, so restoring puts back the right one. */
function retargetedLink(link: RemovedLink, keepId: string, mergeId: string): RemovedLink {
  if (link.collection !== 'incidents' || link.field !== 'participants') return link;
  const participant = participantSchema.safeParse(link.element);
  return participant.success && participant.data.entityId === mergeId ? { ...link, element: { ...participant.data, entityId: keepId } } : link;
}

const changedAny = <T>(after: readonly T[], before: readonly T[]) => after.some((item, index) => item !== before[index]);

/**
 * Trash entries holding objects or removed links that name the merged entity, pointed at the kept one, so that
 * restoring them later finds the entity they name instead of failing on a missing one.
 */
export function retargetedTrash(trash: readonly TrashEntry[], keepId: string, mergeId: string): Retargeted<TrashEntry>[] {
  return trash.flatMap((entry): Retargeted<TrashEntry>[] => {
    const objects = entry.objects.map((object) => retargetedObject(object, keepId, mergeId));
    const links = entry.links.map((link) => retargetedLink(link, keepId, mergeId));
    const changed = changedAny(objects, entry.objects) || changedAny(links, entry.links);
    return changed ? [[entry, { ...entry, objects, links }]] : [];
  });
}
