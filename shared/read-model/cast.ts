import type { Annotation } from '../domain/annotation';
import type { CaseFile } from '../domain/case-file';
import { entityKinds, type Entity, type EntityKind } from '../domain/entity';
import type { EntityRole, Incident } from '../domain/incident';
import type { Credibility, Quote } from '../domain/quote';
import { failure, success, type Result } from '../result';
import { annotationsOn } from './annotations';
import { inChronologicalOrder } from './chronology';

/** An incident an entity takes part in, with every role it plays there (usually one). */
export interface CastIncident {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly roles: readonly EntityRole[];
}

/** A quote whose exact text names the entity (its name or an alias, as a whole word), with its source's title. */
export interface CastMention {
  readonly quoteId: string;
  readonly exact: string;
  readonly credibility: Credibility;
  readonly anchor: Quote['anchor'];
  readonly locator: string;
  readonly sourceId: string;
  readonly sourceTitle: string;
}

export interface CastMember {
  readonly entity: Entity;
  /** In chronological order. */
  readonly incidents: readonly CastIncident[];
  /** By source title, then where in the source; the cast lists the first few, `entityDetail` every one. */
  readonly mentions: readonly CastMention[];
  readonly mentionCount: number;
  readonly annotationCount: number;
}

export interface CastGroup {
  readonly kind: EntityKind;
  /** By name, in the reader's collation. */
  readonly members: readonly CastMember[];
}

/** Everyone and everything the case names, a group for each kind (empty groups included), in `entityKinds` order. */
export interface CastOfCharacters {
  readonly groups: readonly CastGroup[];
}

/** One entity as its own view shows it: every mention, and the notes on it. */
export interface EntityDetail extends CastMember {
  readonly annotations: readonly Annotation[];
}

/** How many mentions the cast carries per entity: a name like "Iran" can be in thousands of quotes, and each quote
 * is a paragraph; the rest are read with the entity's detail when asked for. */
export const castMentionLimit = 5;

/** A letter, combining mark, digit or joiner (ZWNJ/ZWJ, inside Persian and Indic words): what words are made of. */
const wordRun = /[\p{L}\p{M}\p{N}\u200C\u200D]+/gu;

/**
 * A word as names are compared: lower case then upper case folds letter case in any script as Unicode's full case
 * folding does ("ς", "σ" and "Σ" alike; "Strauß" and "STRAUSS" alike).
 */
const caseKey = (word: string) => word.toLowerCase().toUpperCase();

/** A text's words, folded, and what separates each from the next, with any run of white space read as one space. */
interface Words {
  readonly keys: readonly string[];
  readonly gaps: readonly string[];
}

function wordsOf(text: string): Words {
  const normalized = text.normalize('NFC');
  const keys: string[] = [];
  const gaps: string[] = [];
  let end = -1;
  for (const match of normalized.matchAll(wordRun)) {
    if (end >= 0) gaps.push(normalized.slice(end, match.index).replace(/\s+/gu, ' '));
    keys.push(caseKey(match[0]));
    end = match.index + match[0].length;
  }
  return { keys, gaps };
}

/**
 * Whether a quote names a name: its words, in order, each a whole word of the quote (so "Ali" is not found in
 * "Alice" nor "Иван" in "Иванов"), separated as in the name ("Vidal-Quadras" is not "Vidal Quadras"; a line break
 * is a space). Punctuation before the name's first word or after its last need not be in the quote.
 */
function isNamedIn(quote: Words, name: Words): boolean {
  const last = quote.keys.length - name.keys.length;
  for (let start = 0; start <= last; start += 1) {
    let matched = 0;
    while (
      matched < name.keys.length &&
      quote.keys[start + matched] === name.keys[matched] &&
      (matched === 0 || quote.gaps[start + matched - 1] === name.gaps[matched - 1])
    ) {
      matched += 1;
    }
    if (matched === name.keys.length) return true;
  }
  return false;
}

/**
 * The quotes' words and, for each word, the quotes it is in: a name is compared only with the quotes holding its
 * rarest word, so the cast of a large case costs one pass over its quotes, not one per name. Words are compared as
 * strings: a regular expression per name made the cast of the 50 MB benchmark case take 8 s instead of 0.6 s.
 */
class QuoteIndex {
  private readonly words: Words[];
  private readonly postings = new Map<string, number[]>();
  /** Names shared by several entities ("Ministry of Defence") are looked up once. */
  private readonly found = new Map<string, readonly number[]>();

  constructor(quotes: readonly Quote[]) {
    this.words = quotes.map((quote) => wordsOf(quote.textQuote.exact));
    this.words.forEach(({ keys }, at) => {
      for (const key of new Set(keys)) {
        const list = this.postings.get(key);
        if (list) list.push(at);
        else this.postings.set(key, [at]);
      }
    });
  }

  /** The positions of the quotes naming any of the names; a name of punctuation alone names nothing. */
  mentioning(names: readonly string[]): number[] {
    const positions = new Set<number>();
    for (const name of names) for (const at of this.naming(wordsOf(name))) positions.add(at);
    return [...positions];
  }

  private naming(name: Words): readonly number[] {
    if (name.keys.length === 0) return [];
    const key = `${name.keys.join('\u0000')}\u0001${name.gaps.join('\u0000')}`;
    let positions = this.found.get(key);
    if (!positions) {
      const candidates = name.keys.map((word) => this.postings.get(word) ?? []).reduce((shortest, list) => (list.length < shortest.length ? list : shortest));
      positions = candidates.filter((at) => isNamedIn(this.words[at]!, name));
      this.found.set(key, positions);
    }
    return positions;
  }
}

const collator = new Intl.Collator();

interface Lookup {
  /** The first `limit` quotes naming an entity, by source title, then where in the source; and how many there are. */
  readonly mentionsOf: (entity: Entity, limit: number) => { mentions: CastMention[]; count: number };
  readonly incidentsOf: (entityId: string) => readonly CastIncident[];
  readonly annotationCount: (entityId: string) => number;
}

/** Every incident each entity takes part in, in one pass over the incidents. */
function appearances(incidents: readonly Incident[]): Map<string, CastIncident[]> {
  const byEntity = new Map<string, Map<string, { id: string; title: string; date: string; roles: EntityRole[] }>>();
  for (const { id, title, date, participants } of incidents) {
    for (const { entityId, role } of participants) {
      const rows = byEntity.get(entityId) ?? new Map();
      byEntity.set(entityId, rows);
      const row = rows.get(id) ?? { id, title, date, roles: [] };
      rows.set(id, row);
      if (!row.roles.includes(role)) row.roles.push(role);
    }
  }
  return new Map([...byEntity].map(([entityId, rows]) => [entityId, inChronologicalOrder([...rows.values()])]));
}

function lookup(file: CaseFile): Lookup {
  const titles = new Map(file.sources.map((source) => [source.id, source.title]));
  const index = new QuoteIndex(file.quotes);
  const mentionAt = (at: number): CastMention => {
    const { id, textQuote, credibility, anchor, locator, sourceId } = file.quotes[at]!;
    return { quoteId: id, exact: textQuote.exact, credibility, anchor, locator, sourceId, sourceTitle: titles.get(sourceId) ?? '' };
  };
  // Sources ranked by title once: comparing titles with the collator in every sort of every entity took most of the time.
  const sourceRank = new Map(
    [...file.sources].sort((first, second) => collator.compare(first.title, second.title)).map((source, rank) => [source.id, rank]),
  );
  const inReadingOrder = (first: number, second: number) => {
    const [one, other] = [file.quotes[first]!, file.quotes[second]!];
    const sourceOrder = (sourceRank.get(one.sourceId) ?? 0) - (sourceRank.get(other.sourceId) ?? 0);
    return sourceOrder || one.textPosition.start - other.textPosition.start;
  };
  const byEntity = appearances(file.incidents);
  const notes = new Map<string, number>();
  for (const { target } of file.annotations) if (target.kind === 'entity') notes.set(target.id, (notes.get(target.id) ?? 0) + 1);
  return {
    mentionsOf: (entity, limit) => {
      const positions = index.mentioning([entity.name, ...entity.aliases]).sort(inReadingOrder);
      return { mentions: positions.slice(0, limit).map(mentionAt), count: positions.length };
    },
    incidentsOf: (entityId) => byEntity.get(entityId) ?? [],
    annotationCount: (entityId) => notes.get(entityId) ?? 0,
  };
}

function memberOf(entity: Entity, found: Lookup, limit: number): CastMember {
  const { mentions, count } = found.mentionsOf(entity, limit);
  return {
    entity,
    incidents: found.incidentsOf(entity.id),
    mentions,
    mentionCount: count,
    annotationCount: found.annotationCount(entity.id),
  };
}

/** The cast of characters: each entity with its aliases, description, incidents and the quotes that name it. */
export function castOfCharacters(file: CaseFile): CastOfCharacters {
  const found = lookup(file);
  const sorted = [...file.entities].sort((first, second) => collator.compare(first.name, second.name));
  return {
    groups: entityKinds.map((kind) => ({
      kind,
      members: sorted.filter((entity) => entity.kind === kind).map((entity) => memberOf(entity, found, castMentionLimit)),
    })),
  };
}

export function entityDetail(file: CaseFile, entityId: string): Result<EntityDetail> {
  const entity = file.entities.find((candidate) => candidate.id === entityId);
  if (!entity) return failure('not-found', `This case has no person, organisation or place with the id "${entityId}".`);
  const member = memberOf(entity, lookup(file), Number.POSITIVE_INFINITY);
  return success({ ...member, annotations: annotationsOn(file.annotations, { kind: 'entity', id: entityId }) });
}
