import { searchQuerySchema, type SearchAnswer } from '../domain/search';
import { returns } from './returns';

/** Finding things across the open case as the user types: one call a keystroke (debounced), answered from an index. */
export const searchChannels = {
  'case.search': { input: searchQuerySchema, output: returns<SearchAnswer>() },
} as const;
