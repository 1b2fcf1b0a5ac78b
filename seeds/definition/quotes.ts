import type { QuoteDefinition } from './types';

const fromArticle: readonly QuoteDefinition[] = [
  {
    id: 'quote-article-assadi-smuggled-tatp',
    sourceId: 'source-article',
    exact:
      'In that case, Iranian diplomat Assadolah Assadi, who was later unmasked as a senior intelligence officer, smuggled half a kilogram of TATP explosives and a detonator aboard a commercial flight to Austria.',
    credibility: 2,
    incidentIds: ['incident-2018-paris-rally-plot'],
  },
  {
    id: 'quote-article-belgian-iranian-couple',
    sourceId: 'source-article',
    exact: 'He then delivered the materials to a Belgian-Iranian couple, who were tasked with carrying out the attack.',
    credibility: 2,
    incidentIds: ['incident-2018-paris-rally-plot'],
  },
  {
    id: 'quote-article-sentences',
    sourceId: 'source-article',
    exact: 'Assadi was sentenced to 20 years in prison, while his three accomplices received sentences ranging from 15 to 18 years.',
    credibility: 2,
    incidentIds: ['incident-assadi-sentencing'],
  },
  {
    id: 'quote-article-prisoner-exchange',
    sourceId: 'source-article',
    exact:
      'he was controversially released in 2023 in a quiet prisoner exchange for four Europeans detained in Iran, detentions widely criticized as politically motivated',
    credibility: 2,
    incidentIds: ['incident-2023-assadi-release'],
  },
  {
    id: 'quote-article-haarlem-arrests',
    sourceId: 'source-article',
    exact: 'two suspects were arrested in Haarlem following an attempt on the life of an Iranian dissident',
    credibility: 3,
    incidentIds: ['incident-haarlem-arrests'],
  },
  {
    id: 'quote-article-vidal-quadras-link',
    sourceId: 'source-article',
    exact:
      'One of those individuals has been linked to the failed November 2023 shooting of Spanish politician Alejo Vidal-Quadras in Madrid.',
    credibility: 3,
    incidentIds: ['incident-haarlem-arrests', 'incident-2023-11-vidal-quadras-shooting'],
  },
  {
    id: 'quote-article-iran-denies',
    sourceId: 'source-article',
    exact: 'Iran has repeatedly denied any involvement in subversive or violent activities in Europe.',
    credibility: 2,
    incidentIds: ['incident-iran-drug-networks-france'],
  },
  {
    id: 'quote-article-hybrid-warfare',
    sourceId: 'source-article',
    exact:
      'European security officials increasingly view Tehran’s strategy as a hybrid warfare model, outsourcing terrorism to criminal networks to maintain plausible deniability while destabilizing its adversaries from within.',
    credibility: 3,
    incidentIds: ['incident-iran-drug-networks-france'],
  },
];

const fromReportedStatements: readonly QuoteDefinition[] = [
  {
    id: 'quote-lci-drug-trafficking-cover',
    sourceId: 'source-lci-interview',
    exact:
      'the Iranian regime has been systematically using European drug trafficking networks as a cover for intelligence and terror operations on French soil',
    credibility: 3,
    incidentIds: ['incident-iran-drug-networks-france'],
  },
  {
    id: 'quote-lci-proxies',
    sourceId: 'source-lci-interview',
    exact: 'Iran uses proxies that are often linked to drug traffickers',
    credibility: 3,
    incidentIds: ['incident-iran-drug-networks-france'],
  },
  {
    id: 'quote-lci-contract',
    sourceId: 'source-lci-interview',
    exact:
      'They get a contract and don’t even know that the contract is linked to the Iranian regime... That’s the modality used by Iran on our national territory.',
    credibility: 3,
    incidentIds: ['incident-iran-drug-networks-france'],
  },
  {
    id: 'quote-lci-2018-example',
    sourceId: 'source-lci-interview',
    exact: 'He cited the 2018 attempted bombing of an opposition rally near Paris as a clear example of this method.',
    credibility: 2,
    incidentIds: ['incident-2018-paris-rally-plot', 'incident-iran-drug-networks-france'],
  },
  {
    id: 'quote-mi5-twenty-plots',
    sourceId: 'source-mi5-statement',
    exact: 'authorities have disrupted at least 20 Iranian-sponsored plots targeting British citizens since 2022',
    credibility: 2,
    incidentIds: ['incident-uk-disrupted-plots'],
  },
  {
    id: 'quote-mi5-contracts-criminals',
    sourceId: 'source-mi5-statement',
    exact:
      'Iranian intelligence frequently contracts criminals, ranging from international drug smugglers to petty crooks to carry out surveillance, intimidation, and attempted assassinations.',
    credibility: 2,
    incidentIds: ['incident-uk-disrupted-plots'],
  },
  {
    id: 'quote-investigation-jewish-sites',
    sourceId: 'source-german-french-investigation',
    exact:
      'Iranian operatives hired criminals through drug networks to surveil Jewish homes and businesses in Paris, Berlin, and Munich.',
    credibility: 2,
    incidentIds: ['incident-jewish-sites-surveillance'],
  },
  {
    id: 'quote-dutch-intelligence-attribution',
    sourceId: 'source-dutch-intelligence',
    exact: 'attributes the assassinations of two Dutch-Iranian nationals in 2015 and 2017 to Iranian proxies.',
    credibility: 3,
    incidentIds: ['incident-2015-dutch-iranian-killing', 'incident-2017-dutch-iranian-killing'],
  },
];

export const quotes: readonly QuoteDefinition[] = [...fromArticle, ...fromReportedStatements];
