// citeproc-js ships no types; only the part of its engine Dossier calls is declared.
declare module 'citeproc' {
  interface CiteprocSystem {
    retrieveLocale(language: string): string;
    retrieveItem(id: string): object;
  }

  interface CitationItem {
    id: string;
    locator?: string;
    label?: string;
  }

  interface BibliographyMeta {
    entry_ids: string[][];
    bibliography_errors: unknown[];
  }

  export class Engine {
    constructor(system: CiteprocSystem, style: string, language?: string, forceLanguage?: boolean);
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
    updateItems(ids: readonly string[]): void;
    /** False when the style has no bibliography. */
    makeBibliography(): [BibliographyMeta, string[]] | false;
    makeCitationCluster(items: readonly CitationItem[]): string;
  }

  const CSL: { Engine: typeof Engine };
  export default CSL;
}
