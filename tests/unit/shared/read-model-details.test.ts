import { describe, expect, it } from 'vitest';
import { caseOverviewDetail, incidentDetail, sourceDetail, type Result } from '../../../shared';
import { harbourCase } from './read-model-case';

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const noteIds = (notes: readonly { id: string }[]) => notes.map((note) => note.id);

describe('the detail of an incident', () => {
  const file = harbourCase();
  const detail = valueOf(incidentDetail(file, 'incident-signing'));

  it('holds the whole incident, summary included', () => {
    expect(detail.incident).toEqual(file.incidents.find((incident) => incident.id === 'incident-signing'));
  });

  it('holds its quotes in the case’s order, each with the row of its source', () => {
    expect(detail.quotes.map(({ quote }) => quote.id)).toEqual(['quote-early', 'quote-middle']);
    expect(detail.quotes.map(({ source }) => [source?.title, source?.reliability])).toEqual([
      ['Audit office report', 'B'],
      ['Audit office report', 'B'],
    ]);
  });

  it('holds the sources it cites as rows, in its own order, and the people it names', () => {
    const denial = valueOf(incidentDetail(file, 'incident-denial'));
    expect(denial.sources.map((row) => row.id)).toEqual(['source-post', 'source-report']);
    expect(denial.sources[1]).toMatchObject({ quoteCount: 3 });
    expect(denial.sources[1]).not.toHaveProperty('snapshot');
    expect(detail.entities).toEqual([{ id: 'entity-minister', kind: 'person', name: 'Minister of Ports', aliases: ['The minister'], sensitive: false }]);
  });

  it('holds the notes on it and on its quotes, oldest first, and no others', () => {
    expect(noteIds(detail.annotations)).toEqual(['note-early-quote', 'note-signing']);
    expect(noteIds(valueOf(incidentDetail(file, 'incident-denial')).annotations)).toEqual(['note-early-quote', 'note-late-quote']);
  });

  it('holds its links either way, each with the row of the incident at the other end', () => {
    expect(detail.links.map(({ link, other }) => [link.id, other.id, other.quoteCount])).toEqual([
      ['link-signing-denial', 'incident-denial', 2],
      ['link-audit-signing', 'incident-audit', 0],
    ]);
  });

  it('is a not-found failure naming the id when the case has no such incident', () => {
    expect(incidentDetail(file, 'incident-gone')).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'This case has no incident with the id "incident-gone".' },
    });
  });
});

describe('the detail of a source', () => {
  const file = harbourCase();
  const detail = valueOf(sourceDetail(file, 'source-report'));

  it('holds the source with its snapshot text, and its quotes in text order', () => {
    expect(detail.source).toEqual(file.sources[0]);
    expect(detail.quotes.map((quote) => quote.id)).toEqual(['quote-early', 'quote-middle', 'quote-late']);
  });

  it('holds the notes on it and on its quotes, oldest first', () => {
    expect(noteIds(detail.annotations)).toEqual(['note-early-quote', 'note-report', 'note-late-quote']);
  });

  it('holds the rows of the incidents its quotes support, and nothing of a source without quotes', () => {
    expect(detail.incidents.map((row) => row.id)).toEqual(['incident-signing', 'incident-denial']);
    expect(detail.incidents[0]).not.toHaveProperty('summary');
    const post = valueOf(sourceDetail(file, 'source-post'));
    expect([post.quotes, post.annotations, post.incidents]).toEqual([[], [], []]);
  });

  it('is a not-found failure naming the id when the case has no such source', () => {
    expect(sourceDetail(file, 'source-gone')).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('"source-gone"') } });
  });
});

describe('the overview detail of a case', () => {
  it('holds every entity with its description, and the notes on the case itself, oldest first', () => {
    const file = harbourCase();
    const overview = caseOverviewDetail(file);
    expect(overview.entities).toEqual(file.entities);
    expect(noteIds(overview.annotations)).toEqual(['note-case-early', 'note-case-late']);
  });
});
