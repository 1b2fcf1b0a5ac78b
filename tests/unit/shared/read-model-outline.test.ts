import { describe, expect, it } from 'vitest';
import { caseOutline } from '../../../shared';
import { harbourCase, reportText } from './read-model-case';

describe('the outline of a case', () => {
  const outline = caseOutline(harbourCase());

  it('holds the case details and how many of each thing the case holds', () => {
    expect(outline.case).toEqual(harbourCase().case);
    expect(outline.counts).toEqual({ incidents: 5, sources: 2, quotes: 3, entities: 2, annotations: 7, incidentLinks: 2 });
  });

  it('lists incidents by date, ties by title, undated ones last', () => {
    expect(outline.incidents.map((row) => row.title)).toEqual(['Audit begins', 'Contract signed', 'Denial by officials', 'Alpha', 'Bravo']);
  });

  it('gives each incident its counts of sources and quotes, and no summary', () => {
    const signing = outline.incidents.find((row) => row.id === 'incident-signing');
    expect(signing).toEqual({
      id: 'incident-signing',
      title: 'Contract signed',
      date: '2023-03?',
      status: 'alleged',
      tags: [],
      place: '',
      sourceCount: 1,
      quoteCount: 2,
      updatedAt: '2024-03-01T10:00:00.000Z',
      sensitive: false,
    });
    const denial = outline.incidents.find((row) => row.id === 'incident-denial');
    expect(denial).toMatchObject({ sourceCount: 2, quoteCount: 2 });
  });

  it('gives each source its quote count and text length, never its text', () => {
    expect(outline.sources).toEqual([
      {
        id: 'source-report',
        title: 'Audit office report',
        kind: 'report',
        reliability: 'B',
        author: 'Audit Office',
        publisher: '',
        published: '',
        quoteCount: 3,
        snapshotLength: reportText.length,
      },
      { id: 'source-post', title: 'Anonymous post', kind: 'social-post', reliability: 'E', author: '', publisher: '', published: '', quoteCount: 0, snapshotLength: 0 },
    ]);
  });

  it('gives each entity its name, kind and aliases, without its description', () => {
    expect(outline.entities).toEqual([
      { id: 'entity-minister', kind: 'person', name: 'Minister of Ports', aliases: ['The minister'], sensitive: false },
      { id: 'entity-authority', kind: 'organisation', name: 'Harbour Authority', aliases: [], sensitive: false },
    ]);
  });

  it('carries the case’s redaction profiles and says which incidents and entities are marked sensitive', () => {
    const file = harbourCase();
    const marked = caseOutline({
      ...file,
      incidents: file.incidents.map((incident) => (incident.id === 'incident-signing' ? { ...incident, sensitivity: { releasedTo: [] } } : incident)),
      entities: file.entities.map((entity) => (entity.id === 'entity-authority' ? { ...entity, sensitivity: { releasedTo: [] } } : entity)),
    });
    expect(marked.redactionProfiles).toEqual(file.redactionProfiles);
    expect(marked.incidents.filter((row) => row.sensitive).map((row) => row.id)).toEqual(['incident-signing']);
    expect(marked.entities.filter((row) => row.sensitive).map((row) => row.id)).toEqual(['entity-authority']);
  });
});
