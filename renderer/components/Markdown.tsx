import { useMemo } from 'react';
import { renderMarkdown } from '../lib/markdown';

/** Annotation markdown, sanitized by `renderMarkdown`: the only HTML Dossier inserts. */
export function Markdown({ text }: { readonly text: string }) {
  const html = useMemo(() => renderMarkdown(text), [text]);
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}
