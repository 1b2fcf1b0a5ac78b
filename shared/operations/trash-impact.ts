import type { CaseFile } from '../domain/case-file';
import type { Result } from '../result';
import { elementOf, slotOf, type LinkSlot } from './trash-links';
import { planDeletion, type DeletionPlan, type HolderChange } from './trash-plan';
import {
  capitalised,
  collectionOfKind,
  excerpt,
  incidentTitle,
  kindOfCollection,
  namedObject,
  nounOf,
  titleOf,
  type DeletableKind,
  type DeletionTarget,
  type TrashedObject,
} from './trash-target';

/** One object as the delete dialog shows it. */
export interface ImpactObject {
  readonly kind: DeletableKind;
  readonly id: string;
  /** "source", "note", "person": the word for it. */
  readonly noun: string;
  readonly title: string;
  /** Why it goes with the object chosen, e.g. "A note on the quote “…”". */
  readonly description: string;
}

/** A link that deleting breaks, named by the object that stays and loses it. */
export interface ImpactLink {
  readonly kind: 'incident' | 'quote';
  readonly id: string;
  readonly title: string;
  /** e.g. "Incident “Arrests” no longer cites source “Court ruling”." */
  readonly description: string;
}

/** What deleting an object would do, for the user to read before saying yes. */
export interface DeletionImpact {
  readonly target: Omit<ImpactObject, 'description'>;
  /** What goes to the trash with it. */
  readonly objects: readonly ImpactObject[];
  /** What stays but loses a link to what goes. */
  readonly links: readonly ImpactLink[];
}

const keyOf = (object: TrashedObject) => `${object.collection}:${object.value.id}`;

/** Names the objects being removed ("quote “…”"), by `collection:id`. */
type Names = (key: string) => string;

function namesOf(file: CaseFile, objects: readonly TrashedObject[]): Names {
  const named = new Map(objects.map((object) => [keyOf(object), namedObject(file, object)]));
  return (key) => named.get(key) ?? 'an object being deleted';
}

function reasonFor(file: CaseFile, object: TrashedObject, names: Names): string {
  const { value } = object;
  const on = () => {
    const target = value.target as { kind: DeletableKind; id: string };
    return names(`${collectionOfKind[target.kind]}:${target.id}`);
  };
  switch (object.collection) {
    case 'quotes':
      return 'A quote from this source; it cannot stand without it.';
    case 'annotations':
      return `A note on the ${on()}.`;
    case 'attachments':
      return `A file attached to the ${on()}.`;
    case 'incidentLinks':
      return `Links incident “${incidentTitle(file, String(value.fromIncidentId))}” to “${incidentTitle(file, String(value.toIncidentId))}”.`;
    default:
      return '';
  }
}

function brokenLink(file: CaseFile, holder: HolderChange, slot: LinkSlot, names: Names): string {
  const { collection, id } = elementOf(slot);
  const element = names(`${collection}:${id}`);
  const holderName = namedObject(file, { collection: holder.collection, value: holder.before });
  switch (slot.field) {
    case 'incidentIds':
      return `${capitalised(holderName)} no longer backs ${element}.`;
    case 'sourceIds':
      return `${capitalised(holderName)} no longer cites ${element}.`;
    case 'participants':
      return slot.element.role === 'other'
        ? `${capitalised(element)} no longer takes part in ${holderName}.`
        : `${capitalised(element)} is no longer listed as ${slot.element.role} in ${holderName}.`;
    case 'claims': {
      const { claimId } = slot.element;
      const claim = holder.collection === 'incidents' ? holder.before.claims.find((candidate) => candidate.id === claimId) : undefined;
      return `The claim “${excerpt(claim?.text ?? claimId)}” of ${holderName} no longer cites ${element}.`;
    }
  }
}

/** Incidents that stay but lose the backing of a quote that goes: the quote holds that link, not the incident. */
function lostBacking(file: CaseFile, plan: DeletionPlan): ImpactLink[] {
  const removedQuotes = new Set(plan.objects.filter((object) => object.collection === 'quotes').map((object) => object.value.id));
  if (removedQuotes.size === 0) return [];
  const quotes = file.quotes.filter((quote) => removedQuotes.has(quote.id));
  const backed = new Set(quotes.flatMap((quote) => quote.incidentIds));
  const incidents = new Map(file.incidents.filter((incident) => backed.has(incident.id)).map((incident) => [incident.id, incident]));
  return quotes.flatMap((quote) =>
    quote.incidentIds.flatMap((incidentId) => {
      const incident = incidents.get(incidentId);
      if (!incident) return [];
      const title = excerpt(incident.title);
      const description = `Incident “${title}” loses the backing of quote “${excerpt(quote.textQuote.exact)}”.`;
      return [{ kind: 'incident' as const, id: incidentId, title, description }];
    }),
  );
}

export function describePlan(file: CaseFile, plan: DeletionPlan): DeletionImpact {
  const names = namesOf(file, plan.objects);
  const describe = (object: TrashedObject): ImpactObject => ({
    kind: kindOfCollection[object.collection],
    id: object.value.id,
    noun: nounOf(object),
    title: titleOf(file, object),
    description: reasonFor(file, object, names),
  });
  const [first, ...rest] = plan.objects;
  const { description: _description, ...target } = describe(first!);
  const links = plan.holders.flatMap((holder) =>
    holder.links.flatMap((link) => {
      const slot = slotOf(link);
      if (!slot) return [];
      const title = titleOf(file, { collection: holder.collection, value: holder.before });
      return [{ kind: kindOfCollection[holder.collection] as ImpactLink['kind'], id: holder.before.id, title, description: brokenLink(file, holder, slot, names) }];
    }),
  );
  return { target, objects: rest.map(describe), links: [...links, ...lostBacking(file, plan)] };
}

/** What deleting the target would remove and which links would break; nothing is changed. */
export function deletionImpact(file: CaseFile, target: DeletionTarget): Result<DeletionImpact> {
  const plan = planDeletion(file, target);
  return plan.ok ? { ok: true, value: describePlan(file, plan.value) } : plan;
}
