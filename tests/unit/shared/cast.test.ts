import { describe, expect, it } from 'vitest';
import { castMentionLimit, castOfCharacters, entityDetail, selectorsFor, type CaseFile, type CastMember, type Result } from '../../../shared';
import { sampleCase } from '../../../seeds';
import { dealCase, withCalls } from './entities-case';

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function member(file: CaseFile, entityId: string): CastMember {
  const found = castOfCharacters(file).groups.flatMap((group) => group.members).find((candidate) => candidate.entity.id === entityId);
  if (!found) throw new Error(`No cast member ${entityId}.`);
  return found;
}

const quotesNaming = (file: CaseFile, entityId: string) => member(file, entityId).mentions.map((mention) => mention.quoteId);

/** The deal case with one more entity, to try a name against the quotes. */
function withEntity(name: string, aliases: string[] = []): CaseFile {
  const file = dealCase();
  const stamp = '2024-03-01T10:00:00.000Z';
  const entity = { id: 'entity-trial', kind: 'person' as const, name, aliases, description: '', createdAt: stamp, updatedAt: stamp };
  return { ...file, entities: [...file.entities, entity] };
}

describe('the cast of characters', () => {
  const file = dealCase();
  const cast = castOfCharacters(file);

  it('groups entities by kind, every kind present, each sorted by name', () => {
    expect(cast.groups.map((group) => [group.kind, group.members.map((entry) => entry.entity.name)])).toEqual([
      ['person', ['Ivan Petrov', 'Minister of Ports', 'Иван Петров', 'محمد']],
      ['organisation', ['Harbour Holdings']],
      ['place', ['Port City']],
    ]);
  });

  it('lists the incidents each takes part in, in date order, with every role it plays there', () => {
    expect(member(file, 'entity-ivan-cyrillic').incidents).toEqual([
      { id: 'incident-visit', title: 'Port visit', date: '2022', roles: ['witness'] },
      { id: 'incident-signing', title: 'Deal signed', date: '2023-03', roles: ['official', 'perpetrator'] },
    ]);
    expect(member(file, 'entity-ivan').incidents.map((incident) => incident.id)).toEqual(['incident-signing', 'incident-undated']);
    expect(member(file, 'entity-port').incidents).toEqual([]);
  });

  it('counts the notes on each and carries its aliases and description', () => {
    expect(member(file, 'entity-ivan')).toMatchObject({ annotationCount: 1, entity: { aliases: ['Ivan'], description: 'Signed the deal.' } });
    expect(member(file, 'entity-holdings').annotationCount).toBe(0);
  });
});

describe('quotes that name an entity', () => {
  const file = dealCase();

  it('finds the name or an alias as a whole word, with the quote’s source title, and not inside longer words', () => {
    expect(quotesNaming(file, 'entity-ivan')).toEqual(['quote-ivan', 'quote-lineBreak']);
    expect(member(file, 'entity-ivan').mentions[0]).toEqual({
      quoteId: 'quote-ivan',
      exact: 'Ivan Petrov signed the deal.',
      credibility: 3,
      anchor: 'anchored',
      locator: '',
      sourceId: 'source-ledger',
      sourceTitle: 'Port ledger',
    });
  });

  it('matches Cyrillic names whatever their letter case, but not an inflected or longer form', () => {
    expect(quotesNaming(file, 'entity-ivan-cyrillic')).toEqual(['quote-ivan', 'quote-cyrillic', 'quote-lineBreak']);
    expect(quotesNaming(withEntity('Иванов'), 'entity-trial')).toEqual([]);
    expect(quotesNaming(withEntity('Петровский'), 'entity-trial')).toEqual(['quote-inflected']);
  });

  it('matches Arabic names as whole words, not inside a longer word', () => {
    expect(quotesNaming(file, 'entity-mohammed')).toEqual(['quote-arabic']);
    expect(quotesNaming(withEntity('محمدي'), 'entity-trial')).toEqual(['quote-arabicLonger']);
    expect(quotesNaming(withEntity('الأحمد'), 'entity-trial')).toEqual(['quote-arabic']);
  });

  it('lets a line break stand for a space, ignores letter case of a Latin alias, and never finds “Petrov” in “Petrovsky”', () => {
    expect(quotesNaming(file, 'entity-holdings')).toEqual(['quote-lineBreak']);
    expect(quotesNaming(file, 'entity-minister')).toEqual(['quote-alias']);
    expect(quotesNaming(withEntity('Petrov'), 'entity-trial')).toEqual(['quote-ivan']);
    expect(quotesNaming(withEntity('Ali', ['Ivano', 'Port']), 'entity-trial')).toEqual(['quote-others']);
  });

  it('requires the separators between a name’s words, but not punctuation around it; a name of punctuation alone names nothing', () => {
    expect(quotesNaming(withEntity('Ivan.Petrov', ['Harbour-Holdings', '—', '...']), 'entity-trial')).toEqual([]);
    expect(quotesNaming(withEntity('(Petrov)'), 'entity-trial')).toEqual(['quote-ivan']);
    expect(quotesNaming(withEntity('the deal.*'), 'entity-trial')).toEqual(['quote-ivan']);
  });

  it('folds letter case as Unicode does, in any script', () => {
    const file = withEntity('STRAUSS', ['ΟΔΥΣΣΕΥΣ']);
    const stamp = file.quotes[0]!;
    const text = 'Herr Strauß und Οδυσσευς.';
    const quote = { ...stamp, id: 'quote-folded', ...selectorsFor(text, 0, text.length) };
    const folded = { ...file, sources: [{ ...file.sources[0]!, snapshot: { ...file.sources[0]!.snapshot, text } }], quotes: [quote] };
    expect(quotesNaming(folded, 'entity-trial')).toEqual(['quote-folded']);
    expect(quotesNaming({ ...folded, entities: [{ ...folded.entities.at(-1)!, name: 'Strau', aliases: ['Οδυσσε'] }] }, 'entity-trial')).toEqual([]);
  });

  it('carries the first few mentions in the cast and every one in the entity’s detail', () => {
    const busy = withCalls(file, castMentionLimit + 5);
    const inCast = member(busy, 'entity-ivan');
    expect(inCast.mentionCount).toBe(castMentionLimit + 7);
    expect(inCast.mentions).toHaveLength(castMentionLimit);
    // "Call log" sorts before "Port ledger", and within a source the quotes go in text order.
    expect(inCast.mentions.slice(0, 3).map((mention) => mention.quoteId)).toEqual(['quote-call-0', 'quote-call-1', 'quote-call-2']);
    const detail = valueOf(entityDetail(busy, 'entity-ivan'));
    expect(detail.mentions).toHaveLength(castMentionLimit + 7);
    expect(detail.mentions.at(-1)?.quoteId).toBe('quote-lineBreak');
  });
});

describe('the detail of one entity', () => {
  it('holds what the cast shows of it, every mention, and the notes on it', () => {
    const file = dealCase();
    const detail = valueOf(entityDetail(file, 'entity-ivan-cyrillic'));
    expect(detail).toMatchObject(member(file, 'entity-ivan-cyrillic'));
    expect(detail.annotations.map((note) => note.id)).toEqual(['note-cyrillic']);
  });

  it('answers not-found for an entity the case does not hold, naming the id', () => {
    expect(entityDetail(dealCase(), 'entity-gone')).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('"entity-gone"') } });
  });

  it('finds the sample case’s people in its quotes', () => {
    const assadi = valueOf(entityDetail(sampleCase, 'entity-assadolah-assadi'));
    expect(assadi.mentionCount).toBeGreaterThan(0);
    expect(assadi.mentions.every((mention) => /\bAssadi\b/i.test(mention.exact))).toBe(true);
    expect(assadi.incidents.map((incident) => incident.id)).toContain('incident-assadi-sentencing');
  });
});
