import { caseFileSchema, newCaseFile, selectorsFor, type CaseFile } from '../../../shared';

/** A small hand-made case whose outline and details can be worked out by hand: see the comments on each part. */

export const reportText = 'The minister said the contract was signed in March 2023. Officials later denied that any contract existed at all.';

const at = (minute: number) => `2024-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const stamps = { createdAt: at(0), updatedAt: at(0) };

function quote(id: string, exact: string, incidentIds: string[]) {
  const start = reportText.indexOf(exact);
  return { id, sourceId: 'source-report', ...selectorsFor(reportText, start, start + exact.length), credibility: 2, incidentIds, ...stamps };
}

function note(id: string, kind: string, targetId: string, minute: number) {
  return { id, target: { kind, id: targetId }, body: `Note ${id}`, author: 'Sam', createdAt: at(minute), updatedAt: at(minute) };
}

function incident(id: string, title: string, date: string, sourceIds: string[] = [], participants: object[] = []) {
  return { id, title, summary: `Summary of ${title}`, date, sourceIds, participants, ...stamps };
}

export function harbourCase(): CaseFile {
  // Built on a new case, so collections this test does not fill start empty whatever the schema adds.
  const empty = newCaseFile({ name: 'Harbour contract', summary: 'Who signed it.' }, { now: () => new Date(at(0)), newId: () => 'case-harbour' });
  return caseFileSchema.parse({
    ...empty,
    incidents: [
      incident('incident-bravo', 'Bravo', ''),
      incident('incident-signing', 'Contract signed', '2023-03?', ['source-report'], [{ entityId: 'entity-minister', role: 'official' }]),
      incident('incident-denial', 'Denial by officials', '2023-06/2024', ['source-post', 'source-report']),
      incident('incident-alpha', 'Alpha', ''),
      // The same first instant as "2023-03?": the tie goes to the title.
      incident('incident-audit', 'Audit begins', '2023-03-01'),
    ],
    sources: [
      { id: 'source-report', kind: 'report', title: 'Audit office report', author: 'Audit Office', reliability: 'B', snapshot: { text: reportText }, ...stamps },
      { id: 'source-post', kind: 'social-post', title: 'Anonymous post', reliability: 'E', ...stamps },
    ],
    // Stored out of text order; the early quote supports two incidents.
    quotes: [
      quote('quote-late', 'Officials later denied', ['incident-denial']),
      quote('quote-early', 'The minister said', ['incident-signing', 'incident-denial']),
      quote('quote-middle', 'the contract was signed in March 2023', ['incident-signing']),
    ],
    entities: [
      { id: 'entity-minister', kind: 'person', name: 'Minister of Ports', aliases: ['The minister'], description: 'Signed it.', ...stamps },
      { id: 'entity-authority', kind: 'organisation', name: 'Harbour Authority', ...stamps },
    ],
    // The minute each was written decides the order they are shown in.
    annotations: [
      note('note-case-late', 'case', 'case-harbour', 50),
      note('note-signing', 'incident', 'incident-signing', 20),
      note('note-early-quote', 'quote', 'quote-early', 10),
      note('note-report', 'source', 'source-report', 30),
      note('note-late-quote', 'quote', 'quote-late', 40),
      note('note-case-early', 'case', 'case-harbour', 5),
      note('note-minister', 'entity', 'entity-minister', 1),
    ],
    incidentLinks: [
      { id: 'link-signing-denial', fromIncidentId: 'incident-signing', toIncidentId: 'incident-denial', kind: 'follow-up', createdAt: at(0) },
      { id: 'link-audit-signing', fromIncidentId: 'incident-audit', toIncidentId: 'incident-signing', kind: 'related', createdAt: at(0) },
    ],
  });
}
