import type { IncidentLink } from '../../../shared';

type LinkKind = IncidentLink['kind'];

/** How a link reads from the incident it runs from ("follow-up of" the other) … */
const fromWords: Readonly<Record<LinkKind, string>> = {
  'follow-up': 'follow-up of',
  'part-of': 'part of',
  'same-actors': 'same actors as',
  related: 'related to',
};

/** … and from the incident it runs to. */
const toWords: Readonly<Record<LinkKind, string>> = {
  'follow-up': 'followed up by',
  'part-of': 'includes',
  'same-actors': 'same actors as',
  related: 'related to',
};

/** A link in words as seen from `incidentId`, one of its two ends: "follow-up of", "includes", "same actors as". */
export function linkInWords(link: Pick<IncidentLink, 'fromIncidentId' | 'kind'>, incidentId: string): string {
  return link.fromIncidentId === incidentId ? fromWords[link.kind] : toWords[link.kind];
}

/** A choice in the Add link dialog: a kind of link, and whether the incident on screen is where it runs from. */
export interface LinkChoice {
  readonly value: string;
  readonly kind: LinkKind;
  readonly fromHere: boolean;
  readonly words: string;
}

// Directed kinds can be made from either end; same actors and related read the same both ways.
export const linkChoices: readonly LinkChoice[] = [
  { value: 'follow-up', kind: 'follow-up', fromHere: true, words: fromWords['follow-up'] },
  { value: 'followed-up-by', kind: 'follow-up', fromHere: false, words: toWords['follow-up'] },
  { value: 'part-of', kind: 'part-of', fromHere: true, words: fromWords['part-of'] },
  { value: 'includes', kind: 'part-of', fromHere: false, words: toWords['part-of'] },
  { value: 'same-actors', kind: 'same-actors', fromHere: true, words: fromWords['same-actors'] },
  { value: 'related', kind: 'related', fromHere: true, words: fromWords.related },
];
