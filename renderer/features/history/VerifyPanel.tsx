import { useCallback, useMemo, useState } from 'react';
import type { Failure, QuoteVerification, Verification } from '../../../shared';
import { useApi } from '../../api';
import { useCommands, type Command } from '../commands/command-registry';

type VerifyState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running' }
  | { readonly phase: 'done'; readonly verification: Verification }
  | { readonly phase: 'failed'; readonly error: Failure };

const counted = (count: number, one: string, many: string) => `${count.toLocaleString()} ${count === 1 ? one : many}`;

/** "16 of 16 quotes verified against their sources’ text", and how many are orphaned, which are not checked. */
function quotesInWords({ total, verified, orphaned }: QuoteVerification): string {
  const checked = `${verified.toLocaleString()} of ${counted(total, 'quote', 'quotes')} verified against their sources’ text`;
  return orphaned === 0 ? `${checked}.` : `${checked}; ${counted(orphaned, 'is', 'are')} orphaned, kept as evidence but no longer in the text.`;
}

function Outcome({ verification }: { readonly verification: Verification }) {
  const { intact, records, firstBroken, problems } = verification;
  if (intact) {
    return (
      <p className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-emerald-900">
        <strong className="font-semibold">Intact:</strong> {counted(records, 'record', 'records')} verified.
      </p>
    );
  }
  return (
    <div className="space-y-2 rounded border border-red-300 bg-red-50 px-3 py-2 text-red-950">
      <p>
        <strong className="font-semibold">Not intact.</strong> {counted(records, 'record', 'records')} read.
      </p>
      {firstBroken && (
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-xs">
          <dt className="font-medium">First broken record</dt>
          <dd>#{firstBroken.sequence}</dd>
          <dt className="font-medium">File</dt>
          <dd className="font-mono break-all">{firstBroken.file}</dd>
          <dt className="font-medium">Reason</dt>
          <dd>{firstBroken.reason}</dd>
        </dl>
      )}
      {problems.length > 0 && (
        <div>
          <p className="text-xs font-medium">Problems found</p>
          <ul className="mt-0.5 list-disc space-y-0.5 pl-5 text-xs">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** What became of the quotes, announced after the verdict; absent until a verification that checked them. */
function QuotesOutcome({ quotes }: { readonly quotes: QuoteVerification }) {
  const allVerified = quotes.verified + quotes.orphaned === quotes.total;
  return (
    <p aria-live="polite" className={`rounded border px-3 py-2 text-sm ${allVerified ? 'border-emerald-300 bg-emerald-50 text-emerald-900' : 'border-red-300 bg-red-50 text-red-950'}`}>
      {quotesInWords(quotes)}
    </p>
  );
}

/**
 * Checks that the recorded history is whole (every record still links to the one before, and the case stands on it)
 * and that every quote still stands in its source's text. Offered in the command palette as well.
 */
export function VerifyPanel({ caseId }: { readonly caseId: string }) {
  const { call } = useApi();
  const [state, setState] = useState<VerifyState>({ phase: 'idle' });
  const running = state.phase === 'running';
  const verify = useCallback(async () => {
    setState({ phase: 'running' });
    const result = await call('case.verify', { caseId });
    setState(result.ok ? { phase: 'done', verification: result.value } : { phase: 'failed', error: result.error });
  }, [call, caseId]);
  const commands = useMemo<Command[]>(
    () => [
      {
        id: 'case.verify',
        title: 'Verify case',
        group: 'Case',
        keywords: ['check', 'integrity', 'quotes', 'history'],
        disabledReason: running ? 'The case is being verified.' : undefined,
        run: () => void verify(),
      },
    ],
    [running, verify],
  );
  useCommands(commands);
  return (
    <section aria-labelledby="verify-heading" className="space-y-2">
      <h2 id="verify-heading" className="text-sm font-semibold">
        Verify case
      </h2>
      <p className="text-xs text-stone-600">
        Each recorded change carries a fingerprint of the one before it. Verifying recomputes them all and checks the saved case matches the last one, so any
        change made to the files outside Dossier shows. Each quote is checked against its source’s text too.
      </p>
      <button type="button" className="button" disabled={running} onClick={() => void verify()}>
        Verify case
      </button>
      <div role="status" className="text-sm empty:hidden">
        {state.phase === 'running' && <p className="text-stone-600">Verifying…</p>}
        {state.phase === 'done' && <Outcome verification={state.verification} />}
      </div>
      {state.phase === 'done' && state.verification.quotes && <QuotesOutcome quotes={state.verification.quotes} />}
      {state.phase === 'failed' && (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
          Could not verify the case. {state.error.message}
        </p>
      )}
    </section>
  );
}
