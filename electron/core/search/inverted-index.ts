import { forEachTerm, type QueryWord } from './text-terms';

/**
 * A compact inverted index: for each term, the documents holding it in a typed array, with a weight (how often,
 * counting title words more). Both libraries at hand were measured on the benchmark case first (results-search.md):
 * MiniSearch, even searching only the last word as a prefix, took 62 ms a keystroke (p95 382 ms), 64 s to build and
 * 677 MB over 200k records — its nested Maps cost about 3 kB a passage; FlexSearch indexes every prefix of every
 * word and took 16 s and 158 MB for a tenth of that. Typed arrays keep a posting at 5 bytes, read in nanoseconds.
 */

/** BM25's usual constants: how fast repeated words stop counting, and how much a long text is discounted. */
const saturation = 1.2;
const lengthDiscount = 0.75;
/** A word found only as the beginning of a longer one counts for less, the more letters it had to add. */
const prefixWeight = 0.5;
/**
 * The most postings the words a prefix begins may bring into one query. Reading a posting costs tens of
 * nanoseconds, so this keeps a keystroke near 10 ms; a prefix beginning more than this ("co" in a large case) is
 * searched for its shortest completions, and the answer says so.
 */
const defaultPrefixPostingsBudget = 300_000;

class Postings {
  documents = new Int32Array(2);
  weights = new Uint8Array(2);
  length = 0;

  push(document: number, weight: number): void {
    if (this.length === this.documents.length) {
      const documents = new Int32Array(this.length * 2);
      documents.set(this.documents);
      this.documents = documents;
      const weights = new Uint8Array(this.length * 2);
      weights.set(this.weights);
      this.weights = weights;
    }
    this.documents[this.length] = document;
    this.weights[this.length] = weight;
    this.length += 1;
  }

  /** Gives back the room grown for documents that never came. */
  trim(): void {
    if (this.documents.length === this.length) return;
    this.documents = this.documents.slice(0, this.length);
    this.weights = this.weights.slice(0, this.length);
  }
}

/** A field's text and how much a word in it counts (a title word more than a word of running text). */
export interface WeightedText {
  readonly text: string;
  readonly weight: number;
}

/** A query's working state while it reads postings: how far each document got, its score, the candidates. */
interface Scan {
  readonly reached: Uint8Array;
  readonly scores: Float32Array;
  readonly candidates: Int32Array;
  count: number;
  /** BM25's length discount per word of a document, for this query's average length. */
  readonly slope: number;
}

/** The documents that hold every word of a query, each with its score. */
export interface Matches {
  readonly documents: Int32Array;
  readonly scores: Float32Array;
  /** Prefixes that begin too many words to follow them all: only their shortest completions were searched. */
  readonly narrowed: readonly string[];
}

function grown<T extends Uint8Array | Uint16Array>(array: T, needed: number, make: (size: number) => T): T {
  if (needed <= array.length) return array;
  const larger = make(Math.max(needed, array.length * 2));
  larger.set(array);
  return larger;
}

export class InvertedIndex {
  private readonly postings = new Map<string, Postings>();
  /** Every term in order, for finding the words a prefix begins; new terms wait in `unsorted` until a query. */
  private sorted: string[] = [];
  private unsorted: string[] = [];
  private live = new Uint8Array(1024);
  private lengths = new Uint16Array(1024);
  private nextDocument = 0;
  private liveCount = 0;
  private totalLength = 0;

  constructor(private readonly prefixPostingsBudget = defaultPrefixPostingsBudget) {}

  get size(): number {
    return this.liveCount;
  }

  /** Indexes one document and returns its number. Numbers are never reused, so postings stay in ascending order. */
  add(fields: readonly WeightedText[]): number {
    const document = this.nextDocument;
    this.nextDocument += 1;
    this.live = grown(this.live, this.nextDocument, (size) => new Uint8Array(size));
    this.lengths = grown(this.lengths, this.nextDocument, (size) => new Uint16Array(size));
    const weights = new Map<string, number>();
    let length = 0;
    for (const field of fields) {
      forEachTerm(field.text, (term) => {
        weights.set(term, (weights.get(term) ?? 0) + field.weight);
        length += 1;
      });
    }
    for (const [term, weight] of weights) this.postingsOf(term).push(document, Math.min(255, weight));
    this.live[document] = 1;
    this.lengths[document] = Math.min(65_535, length);
    this.liveCount += 1;
    this.totalLength += this.lengths[document]!;
    return document;
  }

  /** Forgets a document; its postings are dropped the next time a query reads them. */
  remove(document: number): void {
    if (this.live[document] !== 1) return;
    this.live[document] = 0;
    this.liveCount -= 1;
    this.totalLength -= this.lengths[document]!;
  }

  isLive(document: number): boolean {
    return this.live[document] === 1;
  }

  /** Every term the word stands for: itself, and for a prefix every indexed word it begins. */
  expansions(word: QueryWord): string[] {
    if (!word.prefix) return this.postings.has(word.term) ? [word.term] : [];
    this.sortTerms();
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.sorted[middle]! < word.term) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    for (let index = low; index < this.sorted.length && this.sorted[index]!.startsWith(word.term); index += 1) found.push(this.sorted[index]!);
    return found;
  }

  /**
   * The live documents holding every word (AND), scored with BM25 summed over the words. Words are taken rarest
   * first: the first fixes the candidates, each later one only advances candidates that hold it too.
   */
  match(words: readonly QueryWord[]): Matches {
    const planned = words.map((word) => this.plan(word)).sort((first, second) => first.total - second.total);
    const narrowed = planned.filter((entry) => entry.narrowed).map((entry) => entry.word.term);
    if (planned.length === 0 || planned[0]!.total === 0) return { documents: new Int32Array(0), scores: new Float32Array(0), narrowed };
    const scan: Scan = {
      reached: new Uint8Array(this.nextDocument),
      scores: new Float32Array(this.nextDocument),
      candidates: new Int32Array(planned[0]!.total),
      count: 0,
      slope: (saturation * lengthDiscount) / Math.max(1, this.totalLength / Math.max(1, this.liveCount)),
    };
    planned.forEach(({ word, terms }, round) => {
      for (const { term, postings } of terms) {
        const emphasis = term === word.term ? 1 : prefixWeight + (1 - prefixWeight) * (word.term.length / term.length);
        const frequency = postings.length;
        const rarity = Math.log(1 + (this.liveCount - frequency + 0.5) / (frequency + 0.5)) * emphasis;
        this.scanPostings(postings, round, rarity, scan);
      }
    });
    const rounds = planned.length;
    const documents = new Int32Array(scan.count);
    const scores = new Float32Array(scan.count);
    let count = 0;
    for (let index = 0; index < scan.count; index += 1) {
      const document = scan.candidates[index]!;
      if (scan.reached[document] !== rounds) continue;
      documents[count] = document;
      scores[count] = scan.scores[document]!;
      count += 1;
    }
    return { documents: documents.subarray(0, count), scores: scores.subarray(0, count), narrowed };
  }

  /** The terms a query word reads and how many postings they hold, within the budget for a prefix. */
  private plan(word: QueryWord) {
    let terms = this.expansions(word).map((term) => ({ term, postings: this.postings.get(term)! }));
    let total = terms.reduce((sum, { postings }) => sum + postings.length, 0);
    const narrowed = total > this.prefixPostingsBudget && terms.length > 1;
    if (narrowed) {
      // The shortest completions first: the word itself, then those it most nearly is.
      const byLength = [...terms].sort((first, second) => first.term.length - second.term.length || (first.term < second.term ? -1 : 1));
      total = 0;
      terms = byLength.filter(({ postings }, index) => {
        if (index > 0 && total + postings.length > this.prefixPostingsBudget) return false;
        total += postings.length;
        return true;
      });
    }
    return { word, terms, total, narrowed };
  }

  /**
   * One term's list read into a query: the inner loop of every search, written for speed (locals, no calls). A
   * document advances when it reached this round; the first round makes the candidates.
   */
  private scanPostings(postings: Postings, round: number, rarity: number, scan: Scan): void {
    const { documents, weights, length } = postings;
    const { reached, scores, candidates, slope } = scan;
    const live = this.live;
    const lengths = this.lengths;
    const next = round + 1;
    const base = saturation * (1 - lengthDiscount);
    const gain = rarity * (saturation + 1);
    let kept = 0;
    for (let at = 0; at < length; at += 1) {
      const document = documents[at]!;
      if (live[document] !== 1) continue;
      const weight = weights[at]!;
      // Dropping removed documents while reading keeps lists short without a separate clean-up pass.
      if (kept !== at) {
        documents[kept] = document;
        weights[kept] = weight;
      }
      kept += 1;
      const state = reached[document]!;
      if (state === round) {
        reached[document] = next;
        if (round === 0) candidates[scan.count++] = document;
      } else if (state !== next) continue;
      scores[document] = scores[document]! + (gain * weight) / (weight + base + slope * lengths[document]!);
    }
    postings.length = kept;
  }

  /**
   * Trims every list to its length: lists grow by doubling while a case is indexed, up to twice what they hold. A
   * step every few hundred lists: a large case's index has too many to trim in one go without holding up the thread.
   */
  *trimming(listsPerStep = 256): Generator<void> {
    let trimmed = 0;
    for (const postings of this.postings.values()) {
      postings.trim();
      trimmed += 1;
      if (trimmed % listsPerStep === 0) yield;
    }
  }

  /** Every live document, in the order they were added. */
  *liveDocuments(): Generator<number> {
    for (let document = 0; document < this.nextDocument; document += 1) if (this.live[document] === 1) yield document;
  }

  private postingsOf(term: string): Postings {
    let postings = this.postings.get(term);
    if (!postings) {
      postings = new Postings();
      this.postings.set(term, postings);
      this.unsorted.push(term);
    }
    return postings;
  }

  private sortTerms(): void {
    if (this.unsorted.length === 0) return;
    this.sorted = this.sorted.concat(this.unsorted).sort();
    this.unsorted = [];
  }
}
