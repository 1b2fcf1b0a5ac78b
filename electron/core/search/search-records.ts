import type { Annotation, Entity, Incident, Quote, SearchKind, Source, TextRange } from '../../../shared';
import type { WeightedText } from './inverted-index';

/** A title word counts three times a word of running text; names, places, tags and bylines twice. */
const titleWeight = 3;
const labelWeight = 2;
const textWeight = 1;

/** One indexed document: an object of the case, or one passage of a source's text. */
export type SearchRecord =
  | { readonly kind: 'incident'; readonly object: Incident }
  | { readonly kind: 'source'; readonly object: Source }
  | { readonly kind: 'passage'; readonly object: Source; readonly passage: TextRange }
  | { readonly kind: 'quote'; readonly object: Quote }
  | { readonly kind: 'entity'; readonly object: Entity }
  | { readonly kind: 'annotation'; readonly object: Annotation };

/** A field of a record: its text, how much its words weigh, and where it starts in the object's own text. */
export interface RecordField extends WeightedText {
  readonly title: boolean;
  /** For a passage, where its text starts in the source's snapshot text. */
  readonly offset: number;
}

const field = (text: string, weight: number, title = false, offset = 0): RecordField => ({ text, weight, title, offset });

/** The fields a record is indexed by, title first; snippets are cut from the same fields, so hits always show. */
export function recordFields(record: SearchRecord): RecordField[] {
  switch (record.kind) {
    case 'incident': {
      const { title, summary, place, tags, claims } = record.object;
      return [
        field(title, titleWeight, true),
        field(summary, textWeight),
        ...claims.map((claim) => field(claim.text, textWeight)),
        field(place, labelWeight),
        field(tags.join(', '), labelWeight),
      ];
    }
    case 'source': {
      const { title, author, publisher, snapshot } = record.object;
      return [field(title, titleWeight, true), field(author, labelWeight), field(publisher, labelWeight), field(snapshot.origin, textWeight)];
    }
    case 'passage': {
      const { start, end } = record.passage;
      return [field(record.object.snapshot.text.slice(start, end), textWeight, false, start)];
    }
    case 'quote':
      return [field(record.object.textQuote.exact, textWeight, false, record.object.textPosition.start)];
    case 'entity': {
      const { name, aliases, description } = record.object;
      return [field(name, titleWeight, true), field(aliases.join(', '), titleWeight), field(description, textWeight)];
    }
    case 'annotation': {
      const { body, tags } = record.object;
      return [field(body, textWeight), field(tags.join(', '), labelWeight)];
    }
  }
}

/** The collections the index covers, the kind their objects are indexed as, in the order a first build takes them. */
export const indexedCollections = [
  { collection: 'incidents', kind: 'incident' },
  { collection: 'entities', kind: 'entity' },
  { collection: 'quotes', kind: 'quote' },
  { collection: 'annotations', kind: 'annotation' },
  { collection: 'sources', kind: 'source' },
] as const satisfies readonly { collection: string; kind: SearchKind }[];

export type IndexedCollection = (typeof indexedCollections)[number]['collection'];
export type IndexedObject = Incident | Source | Quote | Entity | Annotation;
