import { anchorProblems, type AnchorProblem, type CaseFile, type Quote, type QuoteVerification, type Verification } from '../../shared';

const problemWords: Readonly<Record<AnchorProblem, string>> = {
  'position-outside-text': 'its position lies beyond the end of the text',
  'exact-mismatch': 'other words stand at its position',
  'prefix-mismatch': 'the words before it differ',
  'suffix-mismatch': 'the words after it differ',
};

const excerptLength = 60;

function excerpt(quote: Quote): string {
  const { exact } = quote.textQuote;
  return exact.length > excerptLength ? `${exact.slice(0, excerptLength)}…` : exact;
}

/** What is wrong with one anchored quote, in words; undefined when its selectors stand in its source's text. */
function quoteProblem(quote: Quote, sources: ReadonlyMap<string, CaseFile['sources'][number]>): string | undefined {
  const source = sources.get(quote.sourceId);
  if (!source) return `The quote “${excerpt(quote)}” names a source this case does not hold (“${quote.sourceId}”).`;
  const problems = anchorProblems(source.snapshot.text, quote);
  if (problems.length === 0) return undefined;
  const { start, end } = quote.textPosition;
  return `The quote “${excerpt(quote)}” does not match the text of “${source.title}” at characters ${start}–${end}: ${problems.map((problem) => problemWords[problem]).join('; ')}.`;
}

/**
 * Checks every anchored quote against its source's snapshot: its TextQuote (exact words, prefix, suffix) must stand
 * at its TextPosition. An orphaned quote is kept as evidence of words no longer in the text, so it is counted
 * apart, never as verified and never as a fault.
 */
export function verifyQuotes(file: CaseFile): { readonly quotes: QuoteVerification; readonly problems: readonly string[] } {
  const sources = new Map(file.sources.map((source) => [source.id, source]));
  const anchored = file.quotes.filter((quote) => quote.anchor === 'anchored');
  const problems = anchored.flatMap((quote) => quoteProblem(quote, sources) ?? []);
  return {
    quotes: { total: file.quotes.length, verified: anchored.length - problems.length, orphaned: file.quotes.length - anchored.length },
    problems,
  };
}

/** The history's verification with the quotes' added: a quote that no longer matches its text makes the case not intact. */
export function withQuoteVerification(verification: Verification, file: CaseFile): Verification {
  const { quotes, problems } = verifyQuotes(file);
  return {
    ...verification,
    intact: verification.intact && problems.length === 0,
    problems: [...verification.problems, ...problems],
    quotes,
  };
}
