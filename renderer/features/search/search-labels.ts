import type { SearchAnswer, SearchKind } from '../../../shared';

export const kindLabels: Readonly<Record<SearchKind, string>> = {
  incident: 'Incidents',
  source: 'Sources',
  passage: 'Source text',
  quote: 'Quotes',
  entity: 'People, organisations and places',
  annotation: 'Notes',
};

/** Every hit of an answer in the order the list shows them, for moving through them with the arrow keys. */
export function hitsInOrder(answer: SearchAnswer | undefined) {
  return answer ? answer.groups.flatMap((group) => group.hits) : [];
}

/** What the status line says of an answer: how far indexing got, a prefix too broad to follow, or why it is empty. */
export function answerNote(text: string, answer: SearchAnswer, filtered: boolean): string | undefined {
  if (answer.indexing) {
    const { done, total } = answer.indexing;
    return `Indexing the case for search: ${Math.floor((100 * done) / Math.max(1, total))}% done. Results so far:`;
  }
  if (answer.narrowed) {
    const prefixes = answer.narrowed.map((prefix) => `“${prefix}”`).join(', ');
    return `${prefixes} begins too many words to search them all; these results are for the shortest. Type another letter.`;
  }
  if (answer.groups.some((group) => group.total > 0)) return undefined;
  const typed = text.trim();
  if (typed !== '' && answer.words.length === 0) return `“${typed}” holds only words too short or too common to search for. Type a longer word.`;
  if (typed === '') return 'Nothing in this case passes these filters.';
  return `Nothing in this case matches “${typed}”${filtered ? ' with these filters' : ''}.`;
}
