import { success, type Failure, type Result, type SearchAnswer, type SearchHit, type SearchKind, type SearchQuery } from '../../../../shared';

/** How a test has the fake host answer `case.search`. */
export type SearchResponder = (query: SearchQuery) => Result<SearchAnswer> | Promise<Result<SearchAnswer>>;

/** A hit as the core would make it: the word looked for marked wherever it stands in the title and snippet. */
export function hit(kind: SearchKind, id: string, title: string, snippet: string, word: string): SearchHit {
  const ranges = (text: string) => {
    const at = text.toLowerCase().indexOf(word.toLowerCase());
    return at < 0 ? [] : [{ start: at, end: at + word.length }];
  };
  const location = kind === 'incident' ? { kind, incidentId: id } : kind === 'entity' ? { kind, entityId: id } : { kind: 'source' as const, sourceId: id };
  return { id: `${kind}:${id}`, kind, title, titleRanges: ranges(title), snippet: { text: snippet, ranges: ranges(snippet) }, location };
}

export function answerOf(hits: readonly SearchHit[], words: readonly string[], extra: Partial<SearchAnswer> = {}): SearchAnswer {
  const kinds: SearchKind[] = ['incident', 'source', 'passage', 'quote', 'entity', 'annotation'];
  const groups = kinds.map((kind) => {
    const found = hits.filter((candidate) => candidate.kind === kind);
    return { kind, total: found.length, hits: found };
  });
  return { groups, words, ...extra };
}

/** An answer the test releases when it chooses, to play out answers arriving out of order. */
export function heldAnswer(answer: SearchAnswer | Failure) {
  let release = () => {};
  const promise = new Promise<Result<SearchAnswer>>((resolve) => {
    release = () => resolve('groups' in answer ? success(answer) : { ok: false, error: answer });
  });
  return { promise, release };
}
