export { formatCitations, type Citations, type CitedQuote } from './format-citations';
export { ExportCslButton } from './ExportCslButton';
export { cslExport, cslMediaType, type CslExport } from './csl-export';
export { chicagoNotes, type CitationStyle } from './citation-style';
