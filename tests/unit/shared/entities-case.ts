import { caseFileSchema, incidentSchema, newCaseFile, selectorsFor, type CaseFile } from '../../../shared';

/**
 * A small case about a harbour deal, with names in three scripts, worked out by hand: see the comments on each part.
 * Every sentence of the source is quoted once, so the quote ids say which sentence names whom.
 */

export const sentences = {
  ivan: 'Ivan Petrov signed the deal.',
  // "Ivanov" and "Petrovsky" are other people: neither is Ivan Petrov nor "Petrov".
  others: 'Ivanov met Petrovsky at the port.',
  cyrillic: 'По словам ИВАНА, ИВАН ПЕТРОВ был там.',
  inflected: 'Ивановы и Петровский отказались.',
  arabic: 'قال محمد الأحمد إن الصفقة تمت.',
  // "محمدي" is a longer word, not "محمد".
  arabicLonger: 'وصل محمدي إلى الميناء.',
  lineBreak: 'The buyer was Harbour\nHoldings, via Ivan.',
  alias: 'The minister denied it.',
} as const;

export const sourceText = Object.values(sentences).join(' ');

const at = (minute: number) => `2024-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const stamps = { createdAt: at(0), updatedAt: at(0) };

function quote(id: keyof typeof sentences) {
  const exact = sentences[id];
  const start = sourceText.indexOf(exact);
  return { id: `quote-${id}`, sourceId: 'source-ledger', ...selectorsFor(sourceText, start, start + exact.length), credibility: 3, ...stamps };
}

function entity(id: string, kind: string, name: string, aliases: string[] = [], description = '') {
  return { id, kind, name, aliases, description, ...stamps };
}

export function dealCase(): CaseFile {
  const empty = newCaseFile({ name: 'Harbour deal', summary: '' }, { now: () => new Date(at(0)), newId: () => 'case-deal' });
  return caseFileSchema.parse({
    ...empty,
    sources: [{ id: 'source-ledger', kind: 'report', title: 'Port ledger', reliability: 'C', snapshot: { text: sourceText }, ...stamps }],
    quotes: (Object.keys(sentences) as (keyof typeof sentences)[]).map(quote),
    entities: [
      entity('entity-ivan', 'person', 'Ivan Petrov', ['Ivan'], 'Signed the deal.'),
      // The same man, recorded twice: once in Latin letters, once in Cyrillic.
      entity('entity-ivan-cyrillic', 'person', 'Иван Петров', ['Ivan', 'Иван'], 'Seen at the port.'),
      entity('entity-mohammed', 'person', 'محمد', ['محمد الأحمد']),
      entity('entity-minister', 'person', 'Minister of Ports', ['The minister']),
      entity('entity-holdings', 'organisation', 'Harbour Holdings'),
      entity('entity-port', 'place', 'Port City'),
    ],
    incidents: [
      {
        id: 'incident-signing',
        title: 'Deal signed',
        date: '2023-03',
        // Both records of Ivan take part; the Cyrillic one as the same role and as another.
        participants: [
          { entityId: 'entity-ivan', role: 'official' },
          { entityId: 'entity-ivan-cyrillic', role: 'official' },
          { entityId: 'entity-ivan-cyrillic', role: 'perpetrator' },
          { entityId: 'entity-holdings', role: 'intermediary' },
        ],
        ...stamps,
      },
      { id: 'incident-visit', title: 'Port visit', date: '2022', participants: [{ entityId: 'entity-ivan-cyrillic', role: 'witness' }], ...stamps },
      { id: 'incident-undated', title: 'Rumour', date: '', participants: [{ entityId: 'entity-ivan', role: 'suspect' }], ...stamps },
    ],
    annotations: [
      { id: 'note-ivan', target: { kind: 'entity', id: 'entity-ivan' }, body: 'Check spelling.', ...stamps },
      { id: 'note-cyrillic', target: { kind: 'entity', id: 'entity-ivan-cyrillic' }, body: 'From the Russian press.', ...stamps },
    ],
    // An incident deleted earlier that named the Cyrillic record: restoring it must still find an entity.
    trash: [
      {
        id: 'trash-meeting',
        deletedAt: at(5),
        label: 'Deleted incident “Meeting”',
        objects: [
          {
            collection: 'incidents',
            value: incidentSchema.parse({ id: 'incident-meeting', title: 'Meeting', participants: [{ entityId: 'entity-ivan-cyrillic', role: 'target' }], ...stamps }),
          },
        ],
      },
    ],
  });
}

/** The deal case with a call log whose every line names Ivan: more mentions than the cast carries. */
export function withCalls(file: CaseFile, count: number): CaseFile {
  const lines = Array.from({ length: count }, (_, index) => `Ivan called ${index}.`);
  const text = lines.join(' ');
  const calls = lines.map((exact, index) => {
    const start = text.indexOf(exact);
    return { ...file.quotes[0]!, id: `quote-call-${index}`, sourceId: 'source-calls', ...selectorsFor(text, start, start + exact.length) };
  });
  const log = { ...file.sources[0]!, id: 'source-calls', title: 'Call log', snapshot: { text, origin: '', capturedAt: '' } };
  return { ...file, sources: [...file.sources, log], quotes: [...file.quotes, ...calls] };
}
