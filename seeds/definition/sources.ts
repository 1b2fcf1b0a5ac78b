import { articleText, articleTitle, seedDocumentName } from './article';
import { seededAt } from './seeded-at';
import type { SourceDefinition } from './types';

/**
 * The statements the article reports are known only through it, so their snapshots hold just the article's own
 * passages about them, verbatim, and say so; a passage the article does not contain is a mistake in the seed.
 */
function reportedInArticle(original: string, passages: readonly string[]) {
  const missing = passages.find((passage) => !articleText.includes(passage));
  if (missing !== undefined) throw new Error(`The article does not contain the passage "${missing}".`);
  return {
    text: passages.join('\n\n'),
    origin: `As reported in “${articleTitle}” (seed document ${seedDocumentName}): the article's passages about ${original}, verbatim; the original was not available.`,
    capturedAt: seededAt,
  };
}

export const sources: readonly SourceDefinition[] = [
  {
    id: 'source-article',
    kind: 'article',
    title: articleTitle,
    reliability: 'F',
    snapshot: {
      text: articleText,
      origin: `Seed document ${seedDocumentName}: the article as saved text, without the page's chrome lines (navigation link, reading time, photo credit, comments widget).`,
      capturedAt: seededAt,
    },
  },
  {
    id: 'source-lci-interview',
    kind: 'interview',
    title: 'Bruno Retailleau, interview on LCI television',
    author: 'Bruno Retailleau',
    publisher: 'LCI',
    reliability: 'C',
    snapshot: reportedInArticle('the interview', [
      "France's Interior Minister Bruno Retailleau issued a stark warning on Sunday, revealing that the Iranian regime has been systematically using European drug trafficking networks as a cover for intelligence and terror operations on French soil. The statement, made during an interview on LCI television, comes amid heightened fears that Iran may retaliate against Western powers in response to the recent U.S. and Israeli strikes on Iranian nuclear infrastructure.",
      '“Iran uses proxies that are often linked to drug traffickers,” Retailleau said, explaining how Tehran conceals its involvement. “They get a contract and don’t even know that the contract is linked to the Iranian regime... That’s the modality used by Iran on our national territory.” According to Retailleau, these operations are conducted through intermediaries, making it difficult to trace the trail back to the Iranian state.',
      'He cited the 2018 attempted bombing of an opposition rally near Paris as a clear example of this method.',
    ]),
  },
  {
    id: 'source-mi5-statement',
    kind: 'statement',
    title: 'Ken McCallum, Director General of MI5, on Iranian-sponsored plots',
    author: 'Ken McCallum',
    reliability: 'B',
    snapshot: reportedInArticle('the disclosure', [
      'In the UK, MI5 Director General Ken McCallum has disclosed that authorities have disrupted at least 20 Iranian-sponsored plots targeting British citizens since 2022.',
      'McCallum emphasized that Iranian intelligence frequently contracts criminals, ranging from international drug smugglers to petty crooks to carry out surveillance, intimidation, and attempted assassinations.',
    ]),
  },
  {
    id: 'source-german-french-investigation',
    kind: 'report',
    title: 'Joint German-French investigation, published in September',
    reliability: 'B',
    snapshot: reportedInArticle('the investigation', [
      'In a joint German-French investigation published in September, officials exposed how Iranian operatives hired criminals through drug networks to surveil Jewish homes and businesses in Paris, Berlin, and Munich.',
    ]),
  },
  {
    id: 'source-dutch-intelligence',
    kind: 'statement',
    title: 'Dutch intelligence on the killings of two Dutch-Iranian nationals',
    author: 'Dutch intelligence',
    reliability: 'B',
    snapshot: reportedInArticle('the attribution', [
      'Dutch intelligence, too, attributes the assassinations of two Dutch-Iranian nationals in 2015 and 2017 to Iranian proxies.',
    ]),
  },
];
