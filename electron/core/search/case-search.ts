import { searchKinds, type CaseFile, type SearchAnswer, type SearchQuery } from '../../../shared';
import { kindCode, type CaseIndex } from './case-index';
import { CaseRelations } from './case-relations';
import { recordFilter } from './search-filters';
import { hitOf } from './search-hits';
import { queryWords } from './text-terms';

/** The best `limit` documents of one kind by score, ties in the order the case holds them. */
class Best {
  readonly documents: number[] = [];
  private readonly scores: number[] = [];
  total = 0;

  constructor(private readonly limit: number) {}

  add(document: number, score: number): void {
    this.total += 1;
    const { documents, scores } = this;
    if (documents.length === this.limit && score <= scores[scores.length - 1]!) return;
    let low = 0;
    let high = scores.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (scores[middle]! >= score) low = middle + 1;
      else high = middle;
    }
    documents.splice(low, 0, document);
    scores.splice(low, 0, score);
    if (documents.length > this.limit) {
      documents.pop();
      scores.pop();
    }
  }
}

/**
 * Answers a query from a case's index: every word must match (the last one being typed as a prefix), then the
 * filters, checked on the case as it stands. Empty text lists what the filters alone let through; text made only
 * of very common words or single letters finds nothing, and `words` comes back empty so the UI can say why.
 */
export function searchCase(index: CaseIndex, file: CaseFile, query: SearchQuery): SearchAnswer {
  const words = queryWords(query.text);
  const kinds = searchKinds.filter((kind) => !query.kinds || query.kinds.includes(kind));
  const relations = new CaseRelations(file);
  const filter = recordFilter(relations, query.filters);
  const best: (Best | undefined)[] = searchKinds.map(() => undefined);
  for (const kind of kinds) best[kindCode(kind)] = new Best(query.limit);
  const consider = (document: number, score: number) => {
    const wanted = best[index.kindOf(document)];
    if (wanted && (!filter || filter(index.record(document)!))) wanted.add(document, score);
  };
  let narrowed: readonly string[] = [];
  if (words.length > 0) {
    const matches = index.inverted.match(words);
    narrowed = matches.narrowed;
    for (let at = 0; at < matches.documents.length; at += 1) consider(matches.documents[at]!, matches.scores[at]!);
  } else if (query.text.trim() === '') {
    for (const document of index.inverted.liveDocuments()) consider(document, 0);
  }
  const groups = kinds.map((kind) => {
    const found = best[kindCode(kind)]!;
    return { kind, total: found.total, hits: found.documents.map((document) => hitOf(index.record(document)!, words, relations, file)) };
  });
  const pending = index.pending;
  return {
    groups,
    words: words.map((word) => word.term),
    ...(narrowed.length > 0 ? { narrowed } : {}),
    ...(pending ? { indexing: pending } : {}),
  };
}
