import { describe, expect, it } from 'vitest';
import { foldedText, forEachTerm, queryWords } from '../../../electron/core/search/text-terms';
import { InvertedIndex } from '../../../electron/core/search/inverted-index';
import { passagesOf } from '../../../electron/core/search/passages';
import { matchedRanges } from '../../../electron/core/search/snippets';

function terms(text: string): string[] {
  const found: string[] = [];
  forEachTerm(text, (term) => found.push(term));
  return found;
}

describe('search terms', () => {
  it('indexes words of letters and digits, folded to lower case without accents, common words left out', () => {
    expect(terms('The Zürich office of Müller & Söhne paid €4,000 in 2021.')).toEqual(['zurich', 'office', 'muller', 'sohne', 'paid', '000', '2021']);
    expect(terms('Κρήτη, Москва')).toEqual(['κρητη', 'москва']);
  });

  it('takes the last word being typed as a prefix, and finished words of four letters or more too', () => {
    expect(queryWords('harbour fi')).toEqual([
      { term: 'harbour', prefix: true },
      { term: 'fi', prefix: true },
    ]);
    expect(queryWords('war on drugs ')).toEqual([
      { term: 'war', prefix: false },
      { term: 'drugs', prefix: true },
    ]);
    // A stop word being typed may be the start of a word the index keeps ("the" → "theft").
    expect(queryWords('the')).toEqual([{ term: 'the', prefix: true }]);
    expect(queryWords('the ')).toEqual([]);
    expect(queryWords('a')).toEqual([]);
    expect(queryWords('Fire fire FIRE')).toEqual([{ term: 'fire', prefix: true }]);
  });

  it('finds matches at the same offsets in text with accents, and in text whose folding moves them', () => {
    expect(foldedText('Zürich')).toBe('zurich');
    // A decomposed accent is two characters that fold to one: offsets would move, so the word-by-word path runs.
    const decomposed = 'Zu\u0308rich harbour';
    expect(foldedText(decomposed)).toBeUndefined();
    const words = queryWords('harbour ');
    const [range] = matchedRanges(decomposed, words);
    expect(decomposed.slice(range!.start, range!.end)).toBe('harbour');
    const precomposed = 'Dans le port de Zürich, le feu.';
    const found = matchedRanges(precomposed, queryWords('zurich feu '));
    expect(found.map((match) => precomposed.slice(match.start, match.end))).toEqual(['Zürich', 'feu']);
  });

  it('does not mark a word that only contains the query, nor a stop word that begins like it', () => {
    const text = 'The theft of the firearm was not a fire.';
    expect(matchedRanges(text, queryWords('the')).map((match) => text.slice(match.start, match.end))).toEqual(['theft']);
    expect(matchedRanges(text, queryWords('fire')).map((match) => text.slice(match.start, match.end))).toEqual(['firearm', 'fire']);
    const short = 'The war, the warden and the software.';
    expect(matchedRanges(short, queryWords('war ')).map((match) => short.slice(match.start, match.end))).toEqual(['war']);
  });

  it('cuts a long text into passages that cover it whole, at paragraph or sentence ends', () => {
    const text = Array.from({ length: 60 }, (_unused, index) => `Sentence number ${index} tells of the night shift.`).join(' ');
    const passages = [...passagesOf(text)];
    expect(passages.length).toBeGreaterThan(1);
    expect(passages[0]!.start).toBe(0);
    expect(passages.at(-1)!.end).toBe(text.length);
    passages.slice(1).forEach((passage, index) => {
      expect(passage.start).toBe(passages[index]!.end);
      expect(text.slice(passage.start - 2, passage.start)).toBe('. ');
    });
  });
});

describe('the inverted index', () => {
  it('searches a prefix that begins too many words for its shortest completions, and says so', () => {
    const index = new InvertedIndex(4);
    const texts = ['cod liver', 'code review', 'codes and codex', 'coal barge', 'coastal coal', 'cobalt'];
    const documents = texts.map((text) => index.add([{ text, weight: 1 }]));
    const all = index.match([{ term: 'co', prefix: true }]);
    expect(all.narrowed).toEqual(['co']);
    // "cod" (1 posting), "coal" (2), "code" (1) fit in four postings; longer completions wait for another letter.
    expect([...all.documents].sort()).toEqual([documents[0], documents[1], documents[3], documents[4]]);
    const more = index.match([{ term: 'cod', prefix: true }]);
    expect(more.narrowed).toEqual([]);
    expect([...more.documents].sort()).toEqual([documents[0], documents[1], documents[2]]);
  });

  it('needs every word, forgets a removed document, and ranks a title word above the same word in running text', () => {
    const index = new InvertedIndex();
    const report = index.add([{ text: 'harbour report', weight: 1 }]);
    const barge = index.add([{ text: 'harbour barge', weight: 1 }]);
    expect([...index.match([{ term: 'barge', prefix: false }, { term: 'harbour', prefix: false }]).documents]).toEqual([barge]);
    index.remove(report);
    expect([...index.match([{ term: 'report', prefix: false }]).documents]).toEqual([]);
    expect(index.size).toBe(1);
    const titled = index.add([{ text: 'Depot fire', weight: 3 }]);
    const mentioned = index.add([{ text: 'The depot had a fire', weight: 1 }]);
    const fire = index.match([{ term: 'fire', prefix: false }]);
    const scoreOf = (document: number) => fire.scores[[...fire.documents].indexOf(document)]!;
    expect(scoreOf(titled)).toBeGreaterThan(scoreOf(mentioned));
  });
});
