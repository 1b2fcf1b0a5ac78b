import { caseFileSchema, newCaseFile, selectorsFor, type CaseFile } from '../../../shared';

const created = '2024-03-01T10:00:00.000Z';
const stamps = { createdAt: created, updatedAt: created };

/** Long enough to be cut into several passages; the fire is only told of near the end. */
export const reportText = [
  ...Array.from({ length: 24 }, (_unused, index) => `Paragraph ${index + 1} lists the crews on duty and the weather that night, which was calm and dry.`),
  'At 02:10 the harbour fire spread from the warehouse to two moored barges.',
  'The brigade found the side door forced open.',
].join('\n');

export const ledgerText = 'Payments to customs officials in June 2021: 4,000 euros each, signed by Jan Smit.';

function quote(id: string, sourceId: string, text: string, exact: string, credibility: 1 | 2 | 3 | 4 | 5 | 6, incidentIds: string[]) {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`The fixture text does not contain "${exact}".`);
  return { id, sourceId, ...selectorsFor(text, start, start + exact.length), credibility, incidentIds, ...stamps };
}

/**
 * A small case for the search index: a confirmed harbour fire in March 2019 (maybe), an alleged bribe over June
 * 2021, an undated meeting in Zürich; a long report graded B and a ledger graded D; a person and a place; notes on
 * an incident and on the case.
 */
export function searchCase(): CaseFile {
  const empty = newCaseFile({ name: 'Harbour', summary: '' }, { now: () => new Date(created), newId: () => 'case-harbour' });
  return caseFileSchema.parse({
    ...empty,
    incidents: [
      {
        id: 'incident-fire',
        title: 'Harbour fire in Rotterdam',
        summary: 'A warehouse at the harbour burned after a break-in.',
        date: '2019-03?',
        place: 'Rotterdam',
        status: 'confirmed',
        tags: ['arson', 'Port'],
        sourceIds: ['source-report'],
        participants: [{ entityId: 'entity-smit', role: 'suspect' }],
        ...stamps,
      },
      {
        id: 'incident-bribe',
        title: 'Customs officials bribed',
        summary: 'Two customs officials accepted money from a shipping agent.',
        date: '2021-06-01/2021-06-30',
        status: 'alleged',
        tags: ['corruption'],
        sourceIds: ['source-ledger'],
        ...stamps,
      },
      { id: 'incident-meeting', title: 'Meeting in Zürich', status: 'disputed', ...stamps },
    ],
    sources: [
      {
        id: 'source-report',
        kind: 'report',
        title: 'Fire brigade report',
        author: 'K. Jansen',
        publisher: 'Rotterdam Fire Brigade',
        published: '2019-04',
        reliability: 'B',
        snapshot: { text: reportText, origin: 'report.pdf', capturedAt: created },
        ...stamps,
      },
      { id: 'source-ledger', kind: 'document', title: 'Ledger of payments', reliability: 'D', snapshot: { text: ledgerText }, ...stamps },
    ],
    quotes: [
      quote('quote-fire', 'source-report', reportText, 'the harbour fire spread from the warehouse', 2, ['incident-fire']),
      quote('quote-payments', 'source-ledger', ledgerText, 'Payments to customs officials', 4, ['incident-bribe']),
    ],
    entities: [
      { id: 'entity-smit', kind: 'person', name: 'Jan Smit', aliases: ['J. Smit'], description: 'Shipping agent in the port.', ...stamps },
      { id: 'entity-zurich', kind: 'place', name: 'Zürich', ...stamps },
    ],
    annotations: [
      { id: 'annotation-fire', target: { kind: 'incident', id: 'incident-fire' }, body: 'Check the **harbour** camera footage.', tags: ['follow-up'], ...stamps },
      { id: 'annotation-case', target: { kind: 'case', id: 'case-harbour' }, body: 'Harbour matters overall.', ...stamps },
    ],
  });
}
