import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Source } from '../../../shared';
import type { SummaryModel } from '../../../shared/print';
import { formatCitations, type Citations, type CitedQuote } from './citations';

const CitationsContext = createContext<Citations | undefined>(undefined);

/**
 * Only the sources the summary cites go to the CSL processor (slow per item): the register lists only those, and
 * every footnote's source is among them. Nothing else would be printed.
 */
export function citedSources(model: SummaryModel): readonly Source[] {
  return model.register.map((entry) => entry.source);
}

/**
 * What the footnotes of the first `shown` incidents cite — those rendered so far, so the first slice is not kept
 * waiting for every note in the case — or nothing when the incidents, and so their footnotes, are not printed.
 */
export function citedNotes(model: SummaryModel, withNotes: boolean, shown: number): readonly CitedQuote[] {
  if (!withNotes) return [];
  return model.sections
    .slice(0, shown)
    .flatMap((section) => section.footnotes.map(({ source, quote }) => ({ sourceId: source.id, locator: quote.locator || undefined })));
}

interface CitationsProviderProps {
  readonly sources: readonly Source[];
  /** Notes to format together up front, so their HTML is sanitized in one pass rather than one pass per note. */
  readonly notes?: readonly CitedQuote[];
  readonly children: ReactNode;
}

/** Formats the sources once (the CSL processor is slow to start) for every footnote and register entry below. */
export function CitationsProvider({ sources, notes, children }: CitationsProviderProps) {
  const citations = useMemo(() => formatCitations(sources), [sources]);
  // Before the children render, so their `note` calls find the notes made; notes already made are skipped.
  useMemo(() => notes && citations.prepareNotes(notes), [citations, notes]);
  return <CitationsContext.Provider value={citations}>{children}</CitationsContext.Provider>;
}

export function useCitations(): Citations {
  const citations = useContext(CitationsContext);
  if (!citations) throw new Error('useCitations needs a CitationsProvider above it.');
  return citations;
}
