import { useEffect } from 'react';

const longestHeader = 90;

/** Text as a CSS string literal: quotes, backslashes and control characters become hexadecimal escapes. */
export function cssString(text: string): string {
  const escaped = text.replace(/[\p{Cc}"\\]/gu, (character) => `\\${character.codePointAt(0)!.toString(16)} `);
  return `"${escaped}"`;
}

function shortened(text: string): string {
  return text.length > longestHeader ? `${text.slice(0, longestHeader - 1)}…` : text;
}

/**
 * Puts the text in the printed pages' top-left margin box. CSS cannot take it from the page (Chromium has no
 * string-set) and the CSP refuses inline <style>, but a constructed stylesheet is allowed and wins over print.css.
 */
export function usePageHeader(text: string | undefined): void {
  useEffect(() => {
    if (text === undefined) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`@page { @top-left { content: ${cssString(shortened(text))}; } }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  }, [text]);
}
