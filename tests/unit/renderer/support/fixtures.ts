import { caseFileSchema, newCaseFile, selectorsFor, type CaseFile, type Credibility } from '../../../../shared';

const created = '2024-03-01T10:00:00.000Z';

export const reportText =
  'The minister said the contract was signed in March 2023. Officials later denied that any contract existed at all.';

function quote(id: string, exact: string, credibility: Credibility, incidentIds: string[], from = 0) {
  const start = reportText.indexOf(exact, from);
  if (start < 0) throw new Error(`The fixture text does not contain "${exact}".`);
  return {
    id,
    sourceId: 'source-report',
    ...selectorsFor(reportText, start, start + exact.length),
    credibility,
    incidentIds,
    createdAt: created,
    updatedAt: created,
  };
}

/** A small case that passes the shared schema: two incidents, two sources, overlapping quotes, two entities. */
export function sampleCase(overrides: { incidentTitle?: string } = {}): CaseFile {
  // Built on a new case, so collections the fixture does not fill start empty whatever the schema adds.
  const empty = newCaseFile({ name: 'Harbour contract', summary: '' }, { now: () => new Date(created), newId: () => 'case-harbour' });
  return caseFileSchema.parse({
    ...empty,
    case: { id: 'case-harbour', name: 'Harbour contract', summary: 'Who signed the harbour contract.', createdAt: created, updatedAt: created },
    incidents: [
      {
        id: 'incident-signing',
        title: overrides.incidentTitle ?? 'Contract signed',
        summary: 'The minister signed the harbour contract.',
        date: '2023-03?',
        place: 'Port City',
        status: 'alleged',
        tags: ['procurement'],
        sourceIds: ['source-report'],
        participants: [{ entityId: 'entity-minister', role: 'official' }],
        createdAt: created,
        updatedAt: created,
      },
      {
        id: 'incident-denial',
        title: 'Denial by officials',
        date: '2023-06/2024',
        status: 'disputed',
        sourceIds: ['source-report', 'source-post'],
        createdAt: created,
        updatedAt: created,
      },
    ],
    sources: [
      {
        id: 'source-report',
        kind: 'report',
        title: 'Audit office report',
        author: 'Audit Office',
        published: '2023-11',
        url: 'https://example.org/report',
        reliability: 'B',
        snapshot: { text: reportText, origin: 'report.pdf', capturedAt: created },
        createdAt: created,
        updatedAt: created,
      },
      { id: 'source-post', kind: 'social-post', title: 'Anonymous post', reliability: 'E', createdAt: created, updatedAt: created },
    ],
    quotes: [
      quote('quote-signed', 'the contract was signed in March 2023', 2, ['incident-signing']),
      quote('quote-minister', 'The minister said the contract', 3, ['incident-signing']),
      quote('quote-denied', 'Officials later denied that any contract existed at all.', 4, ['incident-denial']),
    ],
    entities: [
      { id: 'entity-minister', kind: 'person', name: 'Minister of Ports', createdAt: created, updatedAt: created },
      { id: 'entity-harbour', kind: 'organisation', name: 'Harbour Authority', createdAt: created, updatedAt: created },
    ],
    annotations: [
      {
        id: 'annotation-first',
        target: { kind: 'incident', id: 'incident-signing' },
        body: 'Check the **date** against the minutes.',
        analystJudgement: true,
        author: 'Sam Analyst',
        createdAt: created,
        updatedAt: created,
      },
    ],
    incidentLinks: [],
  });
}

/** The sample case with `count` more incidents, one a day from 2000-01-01, titled "Incident 1"…; for long lists. */
export function caseWithIncidents(count: number): CaseFile {
  const file = sampleCase();
  const day = 24 * 60 * 60 * 1000;
  const incidents = Array.from({ length: count }, (_, index) => ({
    id: `incident-${index + 1}`,
    title: `Incident ${index + 1}`,
    summary: '',
    date: new Date(Date.UTC(2000, 0, 1) + index * day).toISOString().slice(0, 10),
    place: '',
    status: 'alleged' as const,
    tags: [],
    sourceIds: [],
    participants: [],
    claims: [],
    createdAt: created,
    updatedAt: created,
  }));
  return { ...file, incidents: [...incidents, ...file.incidents] };
}
