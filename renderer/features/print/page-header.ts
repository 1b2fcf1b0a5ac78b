import { useEffect } from 'react';
import type { Marking, PaperSize } from '../../../shared/print';

const longestHeader = 90;

/** Text as a CSS string literal: quotes, backslashes and control characters become hexadecimal escapes. */
export function cssString(text: string): string {
  const escaped = text.replace(/[\p{Cc}"\\]/gu, (character) => `\\${character.codePointAt(0)!.toString(16)} `);
  return `"${escaped}"`;
}

function shortened(text: string): string {
  return text.length > longestHeader ? `${text.slice(0, longestHeader - 1)}…` : text;
}

export interface PageStyle {
  readonly caseName: string | undefined;
  readonly marking: Marking;
  readonly paper: PaperSize;
}

/** The @page rule for the printed summary: paper size, the case name top left, the marking top right and bottom left. */
export function pageRule({ caseName, marking, paper }: PageStyle): string {
  const header = caseName === undefined ? '' : `@top-left { content: ${cssString(shortened(caseName))}; }`;
  const markingText = cssString(marking);
  return (
    `@page { size: ${paper === 'Letter' ? 'letter' : 'A4'}; ${header} ` +
    `@top-right { content: ${markingText}; } @bottom-left { content: ${markingText}; } }`
  );
}

/**
 * Puts the case name and marking in the printed pages' margin boxes and sets the paper size. CSS cannot take them
 * from the page (Chromium has no string-set) and the CSP refuses inline <style>, but a constructed stylesheet is
 * allowed and, adopted after print.css, wins over it.
 */
export function usePageStyle(style: PageStyle): void {
  const rule = pageRule(style);
  useEffect(() => {
    // An engine without constructed stylesheets (jsdom) keeps print.css's margin boxes; every Chromium has them.
    if (!Array.isArray(document.adoptedStyleSheets)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rule);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  }, [rule]);
}
