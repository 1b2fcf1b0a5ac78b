import type { EntityDefinition } from './types';

const people: readonly EntityDefinition[] = [
  {
    id: 'entity-bruno-retailleau',
    kind: 'person',
    name: 'Bruno Retailleau',
    aliases: ['Retailleau'],
    description: "France's Interior Minister.",
  },
  {
    id: 'entity-assadolah-assadi',
    kind: 'person',
    name: 'Assadolah Assadi',
    aliases: ['Assadi'],
    description: 'Iranian diplomat, later unmasked as a senior intelligence officer.',
  },
  {
    id: 'entity-ken-mccallum',
    kind: 'person',
    name: 'Ken McCallum',
    aliases: ['McCallum'],
    description: 'Director General of MI5.',
  },
  {
    id: 'entity-alejo-vidal-quadras',
    kind: 'person',
    name: 'Alejo Vidal-Quadras',
    aliases: ['Vidal-Quadras'],
    description: 'Spanish politician.',
  },
  {
    id: 'entity-iranian-dissident-haarlem',
    kind: 'person',
    name: 'Iranian dissident (unnamed), Haarlem',
    description: 'The target of the attempt on life that preceded the Haarlem arrests; the article does not name them.',
  },
];

/** Unnamed groups of people: the entity kinds have no group, so they are kept as organisations. */
const groups: readonly EntityDefinition[] = [
  {
    id: 'entity-belgian-iranian-couple',
    kind: 'organisation',
    name: 'Belgian-Iranian couple',
    description: 'The couple to whom Assadi delivered the explosives and who were tasked with carrying out the 2018 attack; the article does not name them.',
  },
  {
    id: 'entity-haarlem-suspects',
    kind: 'organisation',
    name: 'Haarlem suspects',
    description: 'Two suspects arrested in Haarlem, unnamed in the article; one of them has been linked to the November 2023 shooting in Madrid.',
  },
];

const organisations: readonly EntityDefinition[] = [
  {
    id: 'entity-iranian-state',
    kind: 'organisation',
    name: 'Iranian state',
    aliases: ['Iran', 'Tehran', 'Iranian regime'],
    description: 'Denies any involvement in subversive or violent activities in Europe.',
  },
  {
    id: 'entity-iranian-intelligence',
    kind: 'organisation',
    name: 'Iranian intelligence',
    description: 'Contracts criminals for surveillance, intimidation and attempted assassinations, according to MI5.',
  },
  {
    id: 'entity-drug-trafficking-networks',
    kind: 'organisation',
    name: 'Drug-trafficking networks',
    aliases: ['drug trafficking networks', 'drug networks', 'drug traffickers', 'criminal networks'],
    description:
      'The criminal intermediaries through which, the officials quoted say, Iran works; according to Retailleau they may not know that a contract is linked to the Iranian regime.',
  },
  { id: 'entity-mi5', kind: 'organisation', name: 'MI5', description: 'The UK security service.' },
  { id: 'entity-lci', kind: 'organisation', name: 'LCI', description: 'French television channel.' },
  { id: 'entity-dutch-intelligence', kind: 'organisation', name: 'Dutch intelligence' },
  {
    id: 'entity-belgium',
    kind: 'organisation',
    name: 'Belgian state',
    aliases: ['Belgium'],
    description: 'Initially insisted on holding Assadi accountable.',
  },
];

const places: readonly EntityDefinition[] = [
  { id: 'entity-paris', kind: 'place', name: 'Paris' },
  { id: 'entity-austria', kind: 'place', name: 'Austria' },
  { id: 'entity-berlin', kind: 'place', name: 'Berlin' },
  { id: 'entity-munich', kind: 'place', name: 'Munich' },
  { id: 'entity-haarlem', kind: 'place', name: 'Haarlem' },
  { id: 'entity-madrid', kind: 'place', name: 'Madrid' },
];

export const entities: readonly EntityDefinition[] = [...people, ...groups, ...organisations, ...places];
