import { contract, failure, parseInput, success, type Failure, type Invoke, type Result, type SearchAnswer, type SearchHit, type SearchKind, type SearchQuery } from '../../../shared';
import { browserApi } from '../../../renderer/api';

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

type Respond = (query: SearchQuery) => Result<SearchAnswer> | Promise<Result<SearchAnswer>>;

/**
 * A host serving only `case.search`, validating input with the contract's schema as the real one does; each test
 * says how it answers (and can hold an answer back). Every query asked is kept.
 */
export function searchHost(respond: Respond) {
  const queries: SearchQuery[] = [];
  const invoke = (async (channel: string, input: unknown) => {
    if (channel !== 'case.search') return failure('unknown-channel', `This fake serves only case.search, not ${channel}.`);
    const parsed = parseInput(contract['case.search'].input, input);
    if (!parsed.ok) return parsed;
    queries.push(parsed.value);
    return respond(parsed.value);
  }) as Invoke;
  return { api: browserApi(invoke, () => {}), queries };
}

/** An answer the test releases when it chooses, to play out answers arriving out of order. */
export function heldAnswer(answer: SearchAnswer | Failure) {
  let release = () => {};
  const promise = new Promise<Result<SearchAnswer>>((resolve) => {
    release = () => resolve('groups' in answer ? success(answer) : { ok: false, error: answer });
  });
  return { promise, release };
}
