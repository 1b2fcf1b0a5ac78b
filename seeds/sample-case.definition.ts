import { annotations } from './definition/annotations';
import { articleTitle } from './definition/article';
import { entities } from './definition/entities';
import { incidentLinks, incidents } from './definition/incidents';
import { quotes } from './definition/quotes';
import { seededAt } from './definition/seeded-at';
import { sources } from './definition/sources';
import type { SampleCaseDefinition } from './definition/types';

/**
 * The sample case, as a person reads and edits it: built from one article about Iran's use of criminal networks
 * in Europe. `npm run seed` turns it into seeds/sample-case.json, computing each quote's selectors from its text.
 */
export const sampleCaseDefinition: SampleCaseDefinition = {
  case: {
    id: 'sample-iran-criminal-proxies',
    name: 'Sample: Iran’s criminal proxies in Europe',
    summary: [
      `A sample case built from one article, “${articleTitle}”.`,
      'French, British, German and Dutch officials describe Iranian operations carried out through drug-trafficking and other criminal networks: the 2018 attempted bombing near Paris and its aftermath, plots disrupted in the UK since 2022, surveillance of Jewish homes and businesses in Paris, Berlin and Munich, the killings of two Dutch-Iranian nationals, and arrests in Haarlem after an attempt on an Iranian dissident’s life, one suspect being linked to the failed 2023 shooting of Alejo Vidal-Quadras in Madrid. Iran denies any involvement in subversive or violent activities in Europe.',
    ].join('\n\n'),
  },
  timestamp: seededAt,
  annotationAuthor: 'Dossier sample',
  sources,
  entities,
  incidents,
  quotes,
  annotations,
  incidentLinks,
};
