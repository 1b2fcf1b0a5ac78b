import { useRef } from 'react';
import type { CitedQuote } from '../../../shared';
import { TextAreaField } from '../../components/Fields';
import { gradeOfCited, quoteExcerpt } from './citations';
import { newClaim, type ClaimValues } from './incident-form';

interface ClaimsFieldProps {
  /** The quotes supporting the incident, which its claims may cite; undefined for an incident not yet created. */
  readonly quotes: readonly CitedQuote[] | undefined;
  readonly claims: readonly ClaimValues[];
  /** Errors by claim index: its text, and its quotes. */
  readonly errors: readonly { readonly text?: string | undefined; readonly quotes?: string | undefined }[];
  readonly onChange: (claims: ClaimValues[]) => void;
}

function noQuotesNote(quotes: readonly CitedQuote[] | undefined): string | undefined {
  if (quotes === undefined) {
    return 'A new incident has no quotes yet: save it, then link quotes to it from its sources; its claims can cite them then.';
  }
  if (quotes.length === 0) return 'No quotes are linked to this incident yet: link some from its sources, then cite them here.';
  return undefined;
}

function QuoteChoice({ cited, checked, onToggle }: { readonly cited: CitedQuote; readonly checked: boolean; readonly onToggle: (checked: boolean) => void }) {
  const grade = gradeOfCited(cited);
  return (
    <label className="flex items-start gap-2 rounded px-1 py-0.5 text-sm hover:bg-stone-50">
      <input type="checkbox" className="mt-0.5 size-4 shrink-0 accent-accent-700" checked={checked} onChange={(event) => onToggle(event.target.checked)} />
      <span>
        <span className="font-serif">“{quoteExcerpt(cited.quote.textQuote.exact)}”</span>{' '}
        <span className="text-xs text-stone-500">
          — {cited.source?.title ?? 'a source missing from this case'}
          {grade && <>, graded <span className="font-mono font-bold">{grade.code}</span></>}
          {cited.quote.anchor === 'orphaned' && ', orphaned: not verified'}
        </span>
      </span>
    </label>
  );
}

/** A quote a claim cites that no longer supports the incident: kept, and shown, until the user unticks it. */
function UnlinkedChoice({ onToggle }: { readonly onToggle: (checked: boolean) => void }) {
  return (
    <label className="flex items-start gap-2 rounded px-1 py-0.5 text-sm text-amber-900">
      <input type="checkbox" className="mt-0.5 size-4 shrink-0 accent-accent-700" checked onChange={(event) => onToggle(event.target.checked)} />
      <span>A quote no longer linked to this incident</span>
    </label>
  );
}

interface ClaimRowProps {
  readonly claim: ClaimValues;
  readonly number: number;
  readonly count: number;
  readonly quotes: readonly CitedQuote[];
  readonly error: ClaimsFieldProps['errors'][number] | undefined;
  readonly focusOnMount: (element: HTMLTextAreaElement | null, key: string) => void;
  readonly onChange: (claim: ClaimValues) => void;
  readonly onMove: (offset: -1 | 1) => void;
  readonly onRemove: () => void;
}

function ClaimRow({ claim, number, count, quotes, error, focusOnMount, onChange, onMove, onRemove }: ClaimRowProps) {
  const toggle = (quoteId: string, checked: boolean) =>
    onChange({ ...claim, quoteIds: checked ? [...claim.quoteIds, quoteId] : claim.quoteIds.filter((id) => id !== quoteId) });
  const unlinked = claim.quoteIds.filter((id) => !quotes.some((cited) => cited.quote.id === id));
  // Moving keeps focus on the button pressed, so at either end it stays focusable and does nothing.
  const move = (offset: -1 | 1, possible: boolean) => possible && onMove(offset);
  return (
    <li className="space-y-2 rounded-md border border-stone-200 bg-white p-3">
      <TextAreaField
        ref={(element) => focusOnMount(element, claim.key)}
        label={`Claim ${number}`}
        rows={2}
        maxLength={2000}
        value={claim.text}
        error={error?.text}
        onChange={(event) => onChange({ ...claim, text: event.target.value })}
      />
      {quotes.length + unlinked.length > 0 && (
        <fieldset className="space-y-1">
          <legend className="text-xs font-medium text-stone-700">Quotes backing claim {number}</legend>
          <div className="max-h-48 space-y-0.5 overflow-y-auto">
            {quotes.map((cited) => (
              <QuoteChoice key={cited.quote.id} cited={cited} checked={claim.quoteIds.includes(cited.quote.id)} onToggle={(checked) => toggle(cited.quote.id, checked)} />
            ))}
            {unlinked.map((quoteId) => (
              <UnlinkedChoice key={quoteId} onToggle={(checked) => toggle(quoteId, checked)} />
            ))}
          </div>
          {error?.quotes && <p className="text-xs font-medium text-red-700">{error.quotes}</p>}
        </fieldset>
      )}
      <div className="flex gap-1">
        <button type="button" className="button px-2 py-0.5 text-xs aria-disabled:cursor-not-allowed aria-disabled:opacity-60" aria-label={`Move claim ${number} up`} aria-disabled={number === 1} onClick={() => move(-1, number > 1)}>
          Move up
        </button>
        <button type="button" className="button px-2 py-0.5 text-xs aria-disabled:cursor-not-allowed aria-disabled:opacity-60" aria-label={`Move claim ${number} down`} aria-disabled={number === count} onClick={() => move(1, number < count)}>
          Move down
        </button>
        <button type="button" className="button px-2 py-0.5 text-xs" aria-label={`Remove claim ${number}`} onClick={onRemove}>
          Remove
        </button>
      </div>
    </li>
  );
}

/** What the incident asserts, one claim at a time, each citing the incident's quotes that back it. */
export function ClaimsField({ quotes, claims, errors, onChange }: ClaimsFieldProps) {
  const added = useRef({ serial: 0, focus: '' });
  const addButton = useRef<HTMLButtonElement>(null);
  const note = noQuotesNote(quotes);
  const replace = (index: number, claim: ClaimValues) => onChange(claims.map((candidate, at) => (at === index ? claim : candidate)));
  const move = (index: number, offset: -1 | 1) => {
    const next = [...claims];
    const [claim] = next.splice(index, 1);
    next.splice(index + offset, 0, claim!);
    onChange(next);
  };
  const add = () => {
    added.current.serial += 1;
    const claim = newClaim(added.current.serial);
    added.current.focus = claim.key;
    onChange([...claims, claim]);
  };
  // A claim just added takes the cursor, so claims can be written one after another from the keyboard.
  const focusOnMount = (element: HTMLTextAreaElement | null, key: string) => {
    if (!element || added.current.focus !== key) return;
    added.current.focus = '';
    element.focus();
  };
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-stone-800">Claims</legend>
      <p className="text-xs text-stone-500">What this incident asserts, one statement each, with the quotes that back it. A claim no quote backs is shown as unsupported.</p>
      {note && <p className="text-xs text-stone-600">{note}</p>}
      {claims.length > 0 && (
        <ol className="space-y-2">
          {claims.map((claim, index) => (
            <ClaimRow
              key={claim.key}
              claim={claim}
              number={index + 1}
              count={claims.length}
              quotes={quotes ?? []}
              error={errors[index]}
              focusOnMount={focusOnMount}
              onChange={(changed) => replace(index, changed)}
              onMove={(offset) => move(index, offset)}
              onRemove={() => {
                onChange(claims.filter((_, at) => at !== index));
                // The row and the button pressed are gone: the cursor goes somewhere that stays.
                addButton.current?.focus();
              }}
            />
          ))}
        </ol>
      )}
      <button ref={addButton} type="button" className="button" onClick={add}>
        Add claim
      </button>
    </fieldset>
  );
}
