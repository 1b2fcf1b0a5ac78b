import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Source } from '../../../shared';
import { formatCitations, type Citations } from './citations';

const CitationsContext = createContext<Citations | undefined>(undefined);

/** Formats the printed sources once (the CSL processor is slow to start) for every footnote and register entry below. */
export function CitationsProvider({ sources, children }: { readonly sources: readonly Source[]; readonly children: ReactNode }) {
  const citations = useMemo(() => formatCitations(sources), [sources]);
  return <CitationsContext.Provider value={citations}>{children}</CitationsContext.Provider>;
}

export function useCitations(): Citations {
  const citations = useContext(CitationsContext);
  if (!citations) throw new Error('useCitations needs a CitationsProvider above it.');
  return citations;
}
