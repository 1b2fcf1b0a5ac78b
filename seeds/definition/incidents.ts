import type { IncidentDefinition, IncidentLinkDefinition } from './types';

const assadiCase: readonly IncidentDefinition[] = [
  {
    id: 'incident-2018-paris-rally-plot',
    title: 'Attempted bombing of an opposition rally near Paris',
    summary:
      'Iranian diplomat Assadolah Assadi, later unmasked as a senior intelligence officer, smuggled half a kilogram of TATP explosives and a detonator aboard a commercial flight to Austria and delivered them to a Belgian-Iranian couple tasked with carrying out the attack. Bruno Retailleau cites the plot as a clear example of Iran’s use of proxies.',
    date: '2018',
    place: 'Near Paris',
    status: 'confirmed',
    tags: ['bombing', 'explosives', 'diplomatic cover'],
    sourceIds: ['source-article', 'source-lci-interview'],
    participants: [
      { entityId: 'entity-assadolah-assadi', role: 'perpetrator' },
      { entityId: 'entity-belgian-iranian-couple', role: 'perpetrator' },
      { entityId: 'entity-iranian-state', role: 'perpetrator' },
      { entityId: 'entity-bruno-retailleau', role: 'source' },
      { entityId: 'entity-paris', role: 'other' },
      { entityId: 'entity-austria', role: 'other' },
    ],
  },
  {
    id: 'incident-assadi-sentencing',
    title: 'Assadi sentenced to 20 years, his three accomplices to 15 to 18 years',
    summary:
      'Assadi was sentenced to 20 years in prison; his three accomplices received sentences ranging from 15 to 18 years. The article does not say which court passed the sentences, or when.',
    status: 'confirmed',
    tags: ['trial', 'sentence'],
    sourceIds: ['source-article'],
    participants: [{ entityId: 'entity-assadolah-assadi', role: 'perpetrator' }],
  },
  {
    id: 'incident-2023-assadi-release',
    title: 'Assadi released in a prisoner exchange for four Europeans detained in Iran',
    summary:
      'Despite Belgium’s initial insistence on holding him accountable, Assadi was released in 2023 in a quiet prisoner exchange for four Europeans detained in Iran, detentions widely criticised as politically motivated.',
    date: '2023',
    status: 'confirmed',
    tags: ['prisoner exchange', 'detention'],
    sourceIds: ['source-article'],
    participants: [
      { entityId: 'entity-assadolah-assadi', role: 'other' },
      { entityId: 'entity-belgium', role: 'official' },
      { entityId: 'entity-iranian-state', role: 'other' },
    ],
  },
];

const attributions: readonly IncidentDefinition[] = [
  {
    id: 'incident-iran-drug-networks-france',
    title: 'Iranian operations on French soil through drug-trafficking networks',
    summary:
      'France’s Interior Minister Bruno Retailleau warned in an interview on LCI television, on a Sunday the article does not date, that the Iranian regime has been systematically using European drug-trafficking networks as a cover for intelligence and terror operations on French soil, through intermediaries who may not know who their client is. Iran has repeatedly denied any involvement in subversive or violent activities in Europe.',
    place: 'France',
    status: 'disputed',
    tags: ['drug trafficking', 'proxies', 'warning'],
    sourceIds: ['source-lci-interview', 'source-article'],
    participants: [
      { entityId: 'entity-iranian-state', role: 'perpetrator' },
      { entityId: 'entity-drug-trafficking-networks', role: 'intermediary' },
      { entityId: 'entity-bruno-retailleau', role: 'source' },
    ],
  },
  {
    id: 'incident-uk-disrupted-plots',
    title: 'At least 20 Iranian-sponsored plots against British citizens disrupted',
    summary:
      'MI5 Director General Ken McCallum has disclosed that authorities have disrupted at least 20 Iranian-sponsored plots targeting British citizens since 2022, and that Iranian intelligence frequently contracts criminals, from international drug smugglers to petty crooks, for surveillance, intimidation and attempted assassinations.',
    date: '2022/..',
    place: 'United Kingdom',
    status: 'alleged',
    tags: ['plots', 'surveillance', 'intimidation', 'assassination'],
    sourceIds: ['source-mi5-statement', 'source-article'],
    participants: [
      { entityId: 'entity-iranian-intelligence', role: 'perpetrator' },
      { entityId: 'entity-drug-trafficking-networks', role: 'intermediary' },
      { entityId: 'entity-ken-mccallum', role: 'source' },
      { entityId: 'entity-mi5', role: 'official' },
    ],
  },
  {
    id: 'incident-jewish-sites-surveillance',
    title: 'Surveillance of Jewish homes and businesses in Paris, Berlin and Munich',
    summary:
      'A joint German-French investigation published in September exposed how Iranian operatives hired criminals through drug networks to surveil Jewish homes and businesses in Paris, Berlin and Munich.',
    place: 'Paris, Berlin and Munich',
    status: 'alleged',
    tags: ['surveillance', 'drug trafficking', 'Jewish targets'],
    sourceIds: ['source-german-french-investigation', 'source-article'],
    participants: [
      { entityId: 'entity-iranian-state', role: 'perpetrator' },
      { entityId: 'entity-drug-trafficking-networks', role: 'intermediary' },
      { entityId: 'entity-paris', role: 'other' },
      { entityId: 'entity-berlin', role: 'other' },
      { entityId: 'entity-munich', role: 'other' },
    ],
  },
  ...['2015', '2017'].map((year) => ({
    id: `incident-${year}-dutch-iranian-killing`,
    title: `Killing of a Dutch-Iranian national (${year})`,
    summary:
      'Dutch intelligence attributes the assassinations of two Dutch-Iranian nationals, one in 2015 and one in 2017, to Iranian proxies. The article names neither victim and gives no place.',
    date: year,
    status: 'alleged' as const,
    tags: ['assassination'],
    sourceIds: ['source-dutch-intelligence', 'source-article'],
    participants: [
      { entityId: 'entity-iranian-state', role: 'perpetrator' as const },
      { entityId: 'entity-dutch-intelligence', role: 'source' as const },
    ],
  })),
];

const recentAttempts: readonly IncidentDefinition[] = [
  {
    id: 'incident-haarlem-arrests',
    title: 'Two suspects arrested in Haarlem after an attempt on an Iranian dissident’s life',
    summary:
      'Two suspects were arrested in Haarlem following an attempt on the life of an Iranian dissident. The article calls this the most recent case but gives no date.',
    place: 'Haarlem',
    status: 'alleged',
    tags: ['assassination attempt', 'arrest', 'dissidents'],
    sourceIds: ['source-article'],
    participants: [
      { entityId: 'entity-haarlem-suspects', role: 'suspect' },
      { entityId: 'entity-iranian-dissident-haarlem', role: 'target' },
      { entityId: 'entity-haarlem', role: 'other' },
    ],
  },
  {
    id: 'incident-2023-11-vidal-quadras-shooting',
    title: 'Failed shooting of Alejo Vidal-Quadras in Madrid',
    summary:
      'The failed shooting of Spanish politician Alejo Vidal-Quadras in Madrid in November 2023. One of the two suspects arrested in Haarlem has been linked to it; the article does not say by whom.',
    date: '2023-11',
    place: 'Madrid',
    status: 'alleged',
    tags: ['shooting', 'assassination attempt'],
    sourceIds: ['source-article'],
    participants: [
      { entityId: 'entity-alejo-vidal-quadras', role: 'target' },
      { entityId: 'entity-haarlem-suspects', role: 'suspect' },
      { entityId: 'entity-madrid', role: 'other' },
    ],
  },
];

export const incidents: readonly IncidentDefinition[] = [...assadiCase, ...attributions, ...recentAttempts];

export const incidentLinks: readonly IncidentLinkDefinition[] = [
  { id: 'link-plot-sentencing', fromIncidentId: 'incident-2018-paris-rally-plot', toIncidentId: 'incident-assadi-sentencing', kind: 'follow-up' },
  { id: 'link-sentencing-release', fromIncidentId: 'incident-assadi-sentencing', toIncidentId: 'incident-2023-assadi-release', kind: 'follow-up' },
  { id: 'link-plot-france-warning', fromIncidentId: 'incident-2018-paris-rally-plot', toIncidentId: 'incident-iran-drug-networks-france', kind: 'related' },
  { id: 'link-dutch-killings', fromIncidentId: 'incident-2015-dutch-iranian-killing', toIncidentId: 'incident-2017-dutch-iranian-killing', kind: 'related' },
  { id: 'link-haarlem-madrid', fromIncidentId: 'incident-haarlem-arrests', toIncidentId: 'incident-2023-11-vidal-quadras-shooting', kind: 'same-actors' },
];
