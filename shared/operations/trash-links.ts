import { z } from 'zod';
import { idSchema } from '../domain/common';
import { participantSchema, type Incident, type Participant } from '../domain/incident';
import type { Quote } from '../domain/quote';
import type { RemovedLink, TrashableCollection } from '../domain/trash';

/** The ids a deletion removes, by what they name; references to them are taken out of the objects that stay. */
export interface GoneIds {
  readonly sources: ReadonlySet<string>;
  readonly entities: ReadonlySet<string>;
  readonly quotes: ReadonlySet<string>;
  readonly incidents: ReadonlySet<string>;
}

/**
 * Where a removed reference sat, read back from a RemovedLink. Its `field` is the path to the element's place in
 * the holder as it was (`sourceIds.2`, `claims.0.quoteIds.1`), so restoring puts the element back where it was and
 * a case deleted and restored with nothing else changed reads exactly as before. A claim's quote also names its
 * claim by id, so it never lands in another claim if the claims were reordered meanwhile.
 */
export type IncidentSlot =
  | { readonly field: 'sourceIds'; readonly index: number; readonly element: string }
  | { readonly field: 'participants'; readonly index: number; readonly element: Participant }
  | { readonly field: 'claims'; readonly index: number; readonly element: ClaimQuote };
export type QuoteSlot = { readonly field: 'incidentIds'; readonly index: number; readonly element: string };
export type LinkSlot = IncidentSlot | QuoteSlot;

export const claimQuoteSchema = z.object({ claimId: idSchema, quoteId: idSchema });
export type ClaimQuote = z.infer<typeof claimQuoteSchema>;

interface Split<T> {
  readonly kept: T[];
  readonly removed: { readonly index: number; readonly element: T }[];
}

function split<T>(list: readonly T[], gone: (item: T) => boolean): Split<T> {
  const result: Split<T> = { kept: [], removed: [] };
  list.forEach((element, index) => (gone(element) ? result.removed.push({ index, element }) : result.kept.push(element)));
  return result;
}

/** An object that stays, with the references a deletion takes out of it. */
export interface Unlinked<T> {
  readonly before: T;
  readonly after: T;
  readonly links: readonly RemovedLink[];
}

/**
 * The incident without its references to what is deleted: sources it cites, entities taking part, quotes its claims
 * cite. Its `updatedAt` stays: the user did not edit the incident, the history records the deletion that changed it,
 * and restoring gives the incident back exactly as it was.
 */
export function unlinkIncident(incident: Incident, gone: GoneIds): Unlinked<Incident> | undefined {
  const link = (field: string, element: unknown): RemovedLink => ({ collection: 'incidents', id: incident.id, field, element });
  const sources = split(incident.sourceIds, (id) => gone.sources.has(id));
  const participants = split(incident.participants, (participant) => gone.entities.has(participant.entityId));
  const links = [
    ...sources.removed.map(({ index, element }) => link(`sourceIds.${index}`, element)),
    ...participants.removed.map(({ index, element }) => link(`participants.${index}`, element)),
  ];
  const claims = incident.claims.map((claim, claimIndex) => {
    const quotes = split(claim.quoteIds, (id) => gone.quotes.has(id));
    for (const { index, element } of quotes.removed) {
      links.push(link(`claims.${claimIndex}.quoteIds.${index}`, { claimId: claim.id, quoteId: element }));
    }
    return quotes.removed.length === 0 ? claim : { ...claim, quoteIds: quotes.kept };
  });
  if (links.length === 0) return undefined;
  return { before: incident, after: { ...incident, sourceIds: sources.kept, participants: participants.kept, claims }, links };
}

/** The quote without the incidents it backs that are deleted. */
export function unlinkQuote(quote: Quote, gone: GoneIds): Unlinked<Quote> | undefined {
  const incidents = split(quote.incidentIds, (id) => gone.incidents.has(id));
  if (incidents.removed.length === 0) return undefined;
  const links = incidents.removed.map(({ index, element }): RemovedLink => ({ collection: 'quotes', id: quote.id, field: `incidentIds.${index}`, element }));
  return { before: quote, after: { ...quote, incidentIds: incidents.kept }, links };
}

const fieldPatterns = {
  sourceIds: /^sourceIds\.(\d+)$/,
  incidentIds: /^incidentIds\.(\d+)$/,
  participants: /^participants\.(\d+)$/,
  claims: /^claims\.\d+\.quoteIds\.(\d+)$/,
} as const;

/** Reads a stored link back; undefined when the trash holds one this version cannot read (it is then reported). */
export function slotOf(link: RemovedLink): LinkSlot | undefined {
  const holderFields = link.collection === 'incidents' ? (['sourceIds', 'participants', 'claims'] as const) : link.collection === 'quotes' ? (['incidentIds'] as const) : [];
  for (const field of holderFields) {
    const match = fieldPatterns[field].exec(link.field);
    if (!match) continue;
    const index = Number(match[1]);
    if (field === 'participants') {
      const element = participantSchema.safeParse(link.element);
      return element.success ? { field, index, element: element.data } : undefined;
    }
    if (field === 'claims') {
      const element = claimQuoteSchema.safeParse(link.element);
      return element.success ? { field, index, element: element.data } : undefined;
    }
    const element = idSchema.safeParse(link.element);
    return element.success ? { field, index, element: element.data } : undefined;
  }
  return undefined;
}

function insertAt<T>(list: readonly T[], index: number, element: T): T[] {
  const at = Math.min(index, list.length);
  return [...list.slice(0, at), element, ...list.slice(at)];
}

export type RelinkOutcome = 'linked' | 'already-linked' | 'claim-gone';

/** Puts one removed reference back into an incident, at its old place or the end if the list got shorter. */
export function relinkIncident(incident: Incident, slot: IncidentSlot): { incident: Incident; outcome: RelinkOutcome } {
  switch (slot.field) {
    case 'sourceIds':
      if (incident.sourceIds.includes(slot.element)) return { incident, outcome: 'already-linked' };
      return { incident: { ...incident, sourceIds: insertAt(incident.sourceIds, slot.index, slot.element) }, outcome: 'linked' };
    case 'participants': {
      const { entityId, role } = slot.element;
      if (incident.participants.some((participant) => participant.entityId === entityId && participant.role === role)) {
        return { incident, outcome: 'already-linked' };
      }
      return { incident: { ...incident, participants: insertAt(incident.participants, slot.index, slot.element) }, outcome: 'linked' };
    }
    case 'claims': {
      const { claimId, quoteId } = slot.element;
      const claim = incident.claims.find((candidate) => candidate.id === claimId);
      if (!claim) return { incident, outcome: 'claim-gone' };
      if (claim.quoteIds.includes(quoteId)) return { incident, outcome: 'already-linked' };
      const claims = incident.claims.map((candidate) => (candidate === claim ? { ...claim, quoteIds: insertAt(claim.quoteIds, slot.index, quoteId) } : candidate));
      return { incident: { ...incident, claims }, outcome: 'linked' };
    }
  }
}

export function relinkQuote(quote: Quote, slot: QuoteSlot): { quote: Quote; outcome: RelinkOutcome } {
  if (quote.incidentIds.includes(slot.element)) return { quote, outcome: 'already-linked' };
  return { quote: { ...quote, incidentIds: insertAt(quote.incidentIds, slot.index, slot.element) }, outcome: 'linked' };
}

/** The object a link's element points to: the one that was deleted. */
export function elementOf(slot: LinkSlot): { readonly collection: TrashableCollection; readonly id: string } {
  switch (slot.field) {
    case 'sourceIds':
      return { collection: 'sources', id: slot.element };
    case 'incidentIds':
      return { collection: 'incidents', id: slot.element };
    case 'participants':
      return { collection: 'entities', id: slot.element.entityId };
    case 'claims':
      return { collection: 'quotes', id: slot.element.quoteId };
  }
}
