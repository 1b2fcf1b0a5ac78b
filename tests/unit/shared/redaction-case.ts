import { caseFileSchema, newCaseFile, selectorsFor, type CaseFile } from '../../../shared';

/**
 * A small case with people in four scripts, some marked sensitive, worked out by hand:
 * - Ahmad Hassan (alias "Abu Ali") is withheld from every profile;
 * - 张伟 and محمد الأحمد are withheld from every profile (names with no word boundaries a \b understands);
 * - Harbour Holdings is sensitive but released to the Partner profile;
 * - Ivan Petrov is not sensitive and prints everywhere.
 * "incident-secret" is withheld; "quote-backing" is not marked but backs only it, so it goes too.
 */
export const partner = 'profile-partner';
export const publicProfile = 'profile-public';

const withheld = { releasedTo: [] };
const at = (minute: number) => `2024-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const stamps = (minute = 0) => ({ createdAt: at(minute), updatedAt: at(minute) });

export const sentences = {
  open: 'Ahmad Hassan met Ivan Petrov at the port; 张伟说 the deal was done, and وقال محمد الأحمد it was signed.',
  secret: 'Abu Ali carried the cash to the warehouse behind the fish market before dawn on the second day.',
  backing: 'The warehouse guard saw a van arrive twice that week, both times after midnight, without lights.',
} as const;

export const sourceText = `${sentences.open} ${sentences.secret} ${sentences.backing}`;

function quote(id: keyof typeof sentences, incidentIds: string[], extra: object = {}) {
  const start = sourceText.indexOf(sentences[id]);
  return {
    id: `quote-${id}`,
    sourceId: 'source-ledger',
    ...selectorsFor(sourceText, start, start + sentences[id].length),
    credibility: 2,
    incidentIds,
    ...stamps(),
    ...extra,
  };
}

export function redactionCase(): CaseFile {
  const empty = newCaseFile({ name: 'Harbour deal', summary: '' }, { now: () => new Date(at(0)), newId: () => 'case-deal' });
  return caseFileSchema.parse({
    ...empty,
    case: { ...empty.case, name: 'Ahmad Hassan and the harbour', summary: 'How AHMAD HASSAN and 张伟 bought the port.' },
    sources: [
      {
        id: 'source-ledger',
        kind: 'interview',
        title: 'Interview with Abu Ali',
        author: 'محمد الأحمد',
        reliability: 'C',
        snapshot: { text: sourceText },
        ...stamps(),
      },
    ],
    entities: [
      { id: 'entity-ahmad', kind: 'person', name: 'Ahmad Hassan', aliases: ['Abu Ali', 'Al'], sensitivity: withheld, ...stamps(3) },
      { id: 'entity-zhang', kind: 'person', name: '张伟', sensitivity: withheld, ...stamps(1) },
      { id: 'entity-mohammed', kind: 'person', name: 'محمد الأحمد', sensitivity: withheld, ...stamps(2) },
      { id: 'entity-holdings', kind: 'organisation', name: 'Harbour Holdings', sensitivity: { releasedTo: [partner] }, ...stamps(4) },
      { id: 'entity-ivan', kind: 'person', name: 'Ivan Petrov', description: 'Business partner of Ahmad Hassan.', ...stamps(5) },
    ],
    incidents: [
      {
        id: 'incident-open',
        title: 'Ahmad Hassan buys the port',
        summary: 'Abu Ali and harbour holdings signed; Ivan Petrov watched.',
        place: 'Office of Ahmad Hassan',
        tags: ['ahmad hassan'],
        sourceIds: ['source-ledger'],
        participants: [
          { entityId: 'entity-ahmad', role: 'perpetrator' },
          { entityId: 'entity-holdings', role: 'intermediary' },
          { entityId: 'entity-ivan', role: 'witness' },
        ],
        claims: [
          { id: 'claim-open', text: '张伟说 Ahmad Hassan paid.', quoteIds: ['quote-open', 'quote-secret'] },
          { id: 'claim-secret', text: 'The cash came at dawn.', quoteIds: ['quote-secret'] },
        ],
        ...stamps(),
      },
      { id: 'incident-secret', title: 'Cash run to the fish market warehouse', sourceIds: ['source-ledger'], sensitivity: withheld, ...stamps() },
    ],
    quotes: [
      quote('open', ['incident-open']),
      quote('secret', ['incident-open', 'incident-secret'], { sensitivity: withheld }),
      quote('backing', ['incident-secret']),
    ],
    annotations: [
      { id: 'note-open', target: { kind: 'incident', id: 'incident-open' }, body: 'Ask Ivan Petrov about Abu Ali.', ...stamps() },
      {
        id: 'note-sensitive',
        target: { kind: 'case', id: 'case-deal' },
        body: 'Our informant at the harbour office is the night clerk.',
        sensitivity: withheld,
        ...stamps(),
      },
      { id: 'note-on-secret', target: { kind: 'incident', id: 'incident-secret' }, body: 'The van belongs to a cousin of the guard.', ...stamps() },
      { id: 'note-on-ahmad', target: { kind: 'entity', id: 'entity-ahmad' }, body: 'Lives above the bakery on Quay Street.', ...stamps() },
    ],
    incidentLinks: [{ id: 'link-1', fromIncidentId: 'incident-open', toIncidentId: 'incident-secret', kind: 'follow-up', createdAt: at(0) }],
    attachments: [
      {
        id: 'attachment-secret',
        target: { kind: 'incident', id: 'incident-secret' },
        sha256: 'a'.repeat(64),
        name: 'van.jpg',
        bytes: 10,
        capturedAt: at(0),
        ...stamps(),
      },
    ],
  });
}

/** Every string a printout of the case could show, joined: what the leak check would read. */
export function everyText(file: CaseFile): string {
  const texts: string[] = [];
  const walk = (value: unknown, key?: string): void => {
    if (typeof value === 'string' && !/^(id|.*Id|createdAt|updatedAt|capturedAt|sha256|kind|type|role|status|anchor)$/.test(key ?? '')) {
      texts.push(value);
    } else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (typeof value === 'object' && value !== null) Object.entries(value).forEach(([name, item]) => walk(item, name));
  };
  walk({ ...file, redactionProfiles: [] });
  return texts.join('\n');
}
