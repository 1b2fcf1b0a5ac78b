/** A quote's position as a citation processor takes it: the position and what kind of division it counts. */
export interface CitedPosition {
  readonly locator: string;
  readonly label: string;
}

/**
 * The abbreviations readers write before a position ("p. 12", "paras. 4–5", "§ 3"), with the CSL locator label each
 * means; the style then prints the label its own way (Chicago drops "p." in notes and writes "para.").
 */
const labels: readonly (readonly [RegExp, string])[] = [
  [/^(?:pp?|pages?)\.?\s*/i, 'page'],
  [/^(?:paras?|paragraphs?|¶¶?)\.?\s*/i, 'paragraph'],
  [/^(?:chs?|chaps?|chapters?)\.?\s*/i, 'chapter'],
  [/^(?:secs?|sections?|§§?)\.?\s*/i, 'section'],
  [/^(?:ll?|lines?)\.?\s+/i, 'line'],
  [/^(?:figs?|figures?)\.?\s*/i, 'figure'],
  [/^(?:vols?|volumes?)\.?\s*/i, 'volume'],
  [/^(?:nn?|notes?)\.?\s+/i, 'note'],
  [/^(?:cols?|columns?)\.?\s*/i, 'column'],
  [/^(?:fols?|folios?)\.?\s*/i, 'folio'],
];

/**
 * Where a quote is, as written on it ("p. 12", "para. 4", "00:14:32"), split into a CSL label and position. Text with
 * no known label (a time, "closing remarks") is cited as it stands: under the page label, which note styles print
 * bare, so it is not given a "p." it never had.
 */
export function citedPosition(written: string): CitedPosition | undefined {
  const text = written.trim();
  if (text === '') return undefined;
  for (const [pattern, label] of labels) {
    const match = pattern.exec(text);
    const rest = match ? text.slice(match[0].length).trim() : '';
    // "p." alone, or a word that only starts like a label ("lines of inquiry" is not line "of inquiry"), is text.
    if (match && /^[\divxlcdm]/i.test(rest)) return { locator: rest, label };
  }
  return { locator: text, label: 'page' };
}
