import locale from './styles/locales-en-US.xml?raw';
import style from './styles/chicago-note-bibliography.csl?raw';

/** The style printed summaries cite in, and its locale: files in the bundle, so citing never fetches anything. */
export interface CitationStyle {
  readonly name: string;
  readonly style: string;
  readonly locale: string;
}

function titleOf(styleXml: string): string {
  const title = /<info>[\s\S]*?<title>([^<]+)<\/title>/.exec(styleXml)?.[1];
  if (!title) throw new Error('The bundled citation style has no <title> in its <info>.');
  return title.trim();
}

export const chicagoNotes: CitationStyle = { name: titleOf(style), style, locale };
