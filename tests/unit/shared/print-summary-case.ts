import { caseFileSchema, newCaseFile, selectorsFor, type CaseFile, type Credibility } from '../../../shared';

/**
 * A small case for the print summary, worked out by hand:
 * - "Alpha shooting" (2015?, alleged, tag assassination): claim 1 cites quote-alpha, claim 2 cites nothing;
 *   quote-orphan is linked to it too. Minister involved. A note and an analyst's judgement on it; a file attached.
 * - "Bravo bombing" (2015/2017, confirmed, tag bombing): quote-orphan. Harbour Authority involved.
 * - "Charlie raid" (2020-06, disputed, tag Bombing): quote-charlie.
 * - "Delta rumour" (no date, alleged): nothing cited.
 * Chronologically Alpha and Bravo start together (2015-01-01) and sort by title, then Charlie, then undated Delta.
 */
const at = '2024-03-01T10:00:00.000Z';
const stamps = { createdAt: at, updatedAt: at };

export const reportText = 'The minister ordered the shooting. The authority planned a bombing. Police raided the office.';

function quote(id: string, sourceId: string, exact: string, credibility: Credibility, incidentIds: string[], anchor = 'anchored') {
  const start = reportText.indexOf(exact);
  if (start < 0) throw new Error(`The fixture text does not contain "${exact}".`);
  return { id, sourceId, ...selectorsFor(reportText, start, start + exact.length), credibility, incidentIds, anchor, locator: 'p. 3', ...stamps };
}

function incident(id: string, title: string, date: string, status: string, tags: string[], more: object = {}) {
  return { id, title, summary: `What happened: ${title}.`, date, status, tags, ...stamps, ...more };
}

export function printCase(): CaseFile {
  const empty = newCaseFile({ name: 'Harbour affair', summary: 'Who did what at the harbour.' }, { now: () => new Date(at), newId: () => 'case-harbour' });
  return caseFileSchema.parse({
    ...empty,
    incidents: [
      incident('incident-delta', 'Delta rumour', '', 'alleged', []),
      incident('incident-charlie', 'Charlie raid', '2020-06', 'disputed', ['Bombing']),
      incident('incident-bravo', 'Bravo bombing', '2015/2017', 'confirmed', ['bombing'], {
        participants: [{ entityId: 'entity-harbour', role: 'perpetrator' }],
      }),
      incident('incident-alpha', 'Alpha shooting', '2015?', 'alleged', ['assassination'], {
        participants: [{ entityId: 'entity-minister', role: 'suspect' }],
        claims: [
          { id: 'claim-ordered', text: 'The minister ordered it.', quoteIds: ['quote-alpha'] },
          { id: 'claim-paid', text: 'The minister paid for it.', quoteIds: [] },
        ],
      }),
    ],
    sources: [
      { id: 'source-report', kind: 'report', title: 'Police report', reliability: 'B', snapshot: { text: reportText }, ...stamps },
      { id: 'source-post', kind: 'social-post', title: 'Anonymous post', reliability: 'E', snapshot: { text: reportText }, ...stamps },
      { id: 'source-unused', kind: 'article', title: 'Never cited', reliability: 'A', ...stamps },
    ],
    quotes: [
      quote('quote-alpha', 'source-report', 'The minister ordered the shooting.', 2, ['incident-alpha']),
      quote('quote-orphan', 'source-post', 'The authority planned a bombing.', 4, ['incident-alpha', 'incident-bravo'], 'orphaned'),
      quote('quote-charlie', 'source-report', 'Police raided the office.', 1, ['incident-charlie']),
    ],
    entities: [
      { id: 'entity-minister', kind: 'person', name: 'Minister of Ports', ...stamps },
      { id: 'entity-harbour', kind: 'organisation', name: 'Harbour Authority', ...stamps },
      { id: 'entity-bystander', kind: 'person', name: 'Uninvolved Bystander', ...stamps },
    ],
    annotations: [
      { id: 'note-alpha', target: { kind: 'incident', id: 'incident-alpha' }, body: 'Seen in the minutes.', ...stamps },
      { id: 'judgement-alpha', target: { kind: 'incident', id: 'incident-alpha' }, body: 'Likely true.', analystJudgement: true, ...stamps },
      { id: 'judgement-case', target: { kind: 'case', id: 'case-harbour' }, body: 'A pattern.', analystJudgement: true, ...stamps },
      { id: 'note-quote', target: { kind: 'quote', id: 'quote-orphan' }, body: 'Text changed since.', ...stamps },
    ],
    attachments: [
      { id: 'file-photo', target: { kind: 'incident', id: 'incident-alpha' }, sha256: 'a'.repeat(64), name: 'photo.jpg', bytes: 2048, mediaType: 'image/jpeg', capturedAt: at, ...stamps },
      { id: 'file-post', target: { kind: 'source', id: 'source-post' }, sha256: 'b'.repeat(64), name: 'post.png', bytes: 10, mediaType: 'image/png', capturedAt: at, ...stamps },
      { id: 'file-unused', target: { kind: 'source', id: 'source-unused' }, sha256: 'c'.repeat(64), name: 'unused.pdf', bytes: 10, mediaType: 'application/pdf', capturedAt: at, ...stamps },
    ],
  });
}
