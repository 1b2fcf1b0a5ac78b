import type { SearchAnswer, SearchHit } from '../../../shared';
import { MarkedText } from './MarkedText';
import { kindLabels } from './search-labels';

interface SearchResultsProps {
  readonly answer: SearchAnswer;
  readonly listId: string;
  /** The element id of a hit's option, for the search box's aria-activedescendant. */
  readonly optionId: (hit: SearchHit) => string;
  readonly activeHitId: string | undefined;
  readonly onPoint: (hit: SearchHit) => void;
  readonly onOpen: (hit: SearchHit) => void;
}

const count = (value: number) => value.toLocaleString();

/**
 * The answer grouped by kind, each group with its total, each hit with its matched words marked. It is the listbox
 * the search box drives (arrow keys move, Enter opens), so options are not focusable themselves; a click opens too.
 */
export function SearchResults({ answer, listId, optionId, activeHitId, onPoint, onOpen }: SearchResultsProps) {
  const groups = answer.groups.filter((group) => group.total > 0);
  return (
    <div id={listId} role="listbox" aria-label="Search results" className="min-h-0 flex-1 space-y-4 overflow-y-auto">
      {groups.map((group) => {
        const headingId = `${listId}-${group.kind}`;
        return (
          <div key={group.kind} role="group" aria-labelledby={headingId}>
            <h3 id={headingId} className="eyebrow flex items-baseline gap-2 px-1 pb-1">
              <span>{kindLabels[group.kind]}</span>
              <span className="font-normal normal-case tracking-normal">{count(group.total)}</span>
            </h3>
            <ul role="presentation" className="divide-y divide-stone-100 rounded border border-stone-200 bg-white">
              {group.hits.map((hit) => {
                const active = hit.id === activeHitId;
                return (
                  <li
                    key={hit.id}
                    id={optionId(hit)}
                    role="option"
                    aria-selected={active}
                    className={`cursor-pointer px-3 py-2 text-sm ${active ? 'bg-accent-50 outline-2 -outline-offset-2 outline-accent-600' : 'hover:bg-stone-50'}`}
                    onMouseMove={() => onPoint(hit)}
                    onClick={() => onOpen(hit)}
                  >
                    <p className="font-medium text-stone-900">
                      <MarkedText text={hit.title} ranges={hit.titleRanges} />
                    </p>
                    {hit.snippet.text !== '' && (
                      <p className="mt-0.5 line-clamp-2 text-stone-600">
                        <MarkedText text={hit.snippet.text} ranges={hit.snippet.ranges} />
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
            {group.total > group.hits.length && (
              <p className="px-1 pt-1 text-xs text-stone-500">
                The best {count(group.hits.length)} of {count(group.total)}. Add words or filters to narrow them down.
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
