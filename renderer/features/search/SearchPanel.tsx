import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { searchFiltersSchema, type SearchHit, type SearchQueryInput } from '../../../shared';
import { FailureNotice } from '../../components/FailureNotice';
import { errorUnder, fieldErrors } from '../../lib/form-errors';
import { indexAfterKey } from '../../lib/list-keys';
import { SearchFilters, noFilters, type FilterErrors, type FilterValues } from './SearchFilters';
import { SearchResults } from './SearchResults';
import { answerNote, hitsInOrder } from './search-labels';
import { useSearch } from './use-search';

export interface SearchPanelProps {
  readonly caseId: string;
  /** Called with the hit the user opened (Enter or a click); its `location` says where to go. */
  readonly onOpen: (hit: SearchHit) => void;
  /** The case's people, organisations and places, for the entity filter. */
  readonly entities?: readonly { readonly id: string; readonly name: string }[];
  readonly debounceMilliseconds?: number;
}

/** The query the form stands for, or the filters' problems when they cannot be sent as they are. */
function queryOf(caseId: string, text: string, values: FilterValues): { query?: SearchQueryInput; errors: FilterErrors } {
  const filters = {
    tags: values.tags.split(',').map((tag) => tag.trim()).filter(Boolean),
    status: [...values.status],
    reliability: [...values.reliability],
    credibility: [...values.credibility],
    entityId: values.entityId === '' ? undefined : values.entityId,
    dateFrom: values.dateFrom.trim(),
    dateTo: values.dateTo.trim(),
  };
  const parsed = searchFiltersSchema.safeParse(filters);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return { errors: { tags: errorUnder(errors, 'tags'), dateFrom: errorUnder(errors, 'dateFrom'), dateTo: errorUnder(errors, 'dateTo') } };
  }
  return { query: { caseId, text, filters, ...(values.kinds.length > 0 ? { kinds: [...values.kinds] } : {}) }, errors: {} };
}

function filterCount(values: FilterValues): number {
  const { kinds, tags, status, reliability, credibility, entityId, dateFrom, dateTo } = values;
  return [kinds.length > 0, tags.trim() !== '', status.length > 0, reliability.length > 0, credibility.length > 0, entityId !== '', dateFrom.trim() !== '' || dateTo.trim() !== ''].filter(Boolean).length;
}

/**
 * Find across the open case as you type. The box keeps the focus: ↑ and ↓ (Page Up/Down, Home, End) move through
 * the results, Enter opens the one marked, Escape clears the box. Filters narrow what the text finds, or list what
 * they let through on their own.
 */
export function SearchPanel({ caseId, onOpen, entities, debounceMilliseconds = 120 }: SearchPanelProps) {
  const [text, setText] = useState('');
  const [values, setValues] = useState<FilterValues>(noFilters);
  const [showFilters, setShowFilters] = useState(false);
  const [pointed, setPointed] = useState<string>();
  const listId = useId();
  const filtersId = useId();
  const { query, errors } = useMemo(() => queryOf(caseId, text, values), [caseId, text, values]);
  const state = useSearch(query, debounceMilliseconds);
  const answer = state.status === 'ready' ? state.answer : undefined;
  const hits = useMemo(() => hitsInOrder(answer), [answer]);
  // The marked hit stays marked while it is still listed; otherwise the first one is.
  const activeIndex = Math.max(0, hits.findIndex((hit) => hit.id === pointed));
  const active = hits[activeIndex];
  const optionId = (hit: SearchHit) => `${listId}-${hit.id.replace(/[^\w-]/g, '_')}`;
  const filtersOn = filterCount(values);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (active) onOpen(active);
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      setText('');
      return;
    }
    const next = indexAfterKey(event.key, activeIndex, hits.length);
    if (next === undefined || (event.key === 'Home' || event.key === 'End')) return;
    event.preventDefault();
    setPointed(hits[next]!.id);
  };

  return (
    <section aria-label="Search the case" className="flex min-h-0 flex-col gap-3">
      <div className="flex items-center gap-2">
        <input
          type="search"
          role="combobox"
          aria-label="Search the case"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-activedescendant={active ? optionId(active) : undefined}
          aria-autocomplete="list"
          placeholder="Search incidents, sources, quotes, people, notes…"
          className="input text-base"
          value={text}
          maxLength={200}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="button shrink-0" aria-expanded={showFilters} aria-controls={filtersId} onClick={() => setShowFilters((shown) => !shown)}>
          Filters{filtersOn > 0 ? ` (${filtersOn})` : ''}
        </button>
      </div>
      {showFilters && (
        <div id={filtersId} className="panel space-y-3 p-3">
          <SearchFilters values={values} errors={errors} entities={entities} onChange={setValues} />
          {filtersOn > 0 && (
            <button type="button" className="button button-quiet" onClick={() => setValues(noFilters)}>
              Clear filters
            </button>
          )}
        </div>
      )}
      <SearchStatus state={state} text={text} filtered={filtersOn > 0} invalid={query === undefined} />
      {answer && <SearchResults answer={answer} listId={listId} optionId={optionId} activeHitId={active?.id} onPoint={(hit) => setPointed(hit.id)} onOpen={onOpen} />}
    </section>
  );
}

/** One line on what the search is doing or why it shows nothing, announced to screen readers as it changes. */
function SearchStatus({ state, text, filtered, invalid }: { readonly state: ReturnType<typeof useSearch>; readonly text: string; readonly filtered: boolean; readonly invalid: boolean }) {
  if (invalid) return <p className="text-sm text-red-700">Correct the filters marked above to search.</p>;
  if (state.status === 'failed') return <FailureNotice failure={state.error} title="The search could not be made" />;
  const message =
    state.status === 'idle' ? 'Type to search the whole case, or choose filters.' : state.status === 'searching' ? 'Searching…' : answerNote(text, state.answer, filtered);
  return (
    <p role="status" className="min-h-5 text-sm text-stone-500">
      {message}
    </p>
  );
}
