import { useState } from 'react';
import type { Failure, Verification } from '../../../shared';
import { useApi } from '../../api';

type VerifyState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running' }
  | { readonly phase: 'done'; readonly verification: Verification }
  | { readonly phase: 'failed'; readonly error: Failure };

function Outcome({ verification }: { readonly verification: Verification }) {
  const { intact, records, firstBroken, problems } = verification;
  if (intact) {
    return (
      <p className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-emerald-900">
        <strong className="font-semibold">Intact:</strong> {records.toLocaleString()} {records === 1 ? 'record' : 'records'} verified.
      </p>
    );
  }
  return (
    <div className="space-y-2 rounded border border-red-300 bg-red-50 px-3 py-2 text-red-950">
      <p>
        <strong className="font-semibold">Not intact.</strong> {records.toLocaleString()} {records === 1 ? 'record' : 'records'} read.
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

/** Checks that the recorded history is whole: every record still links to the one before, and the case stands on it. */
export function VerifyPanel({ caseId }: { readonly caseId: string }) {
  const { call } = useApi();
  const [state, setState] = useState<VerifyState>({ phase: 'idle' });
  const verify = async () => {
    setState({ phase: 'running' });
    const result = await call('case.verify', { caseId });
    setState(result.ok ? { phase: 'done', verification: result.value } : { phase: 'failed', error: result.error });
  };
  return (
    <section aria-labelledby="verify-heading" className="space-y-2">
      <h2 id="verify-heading" className="text-sm font-semibold">
        Verify case
      </h2>
      <p className="text-xs text-stone-600">
        Each recorded change carries a fingerprint of the one before it. Verifying recomputes them all and checks the saved case matches the last one, so any
        change made to the files outside Dossier shows.
      </p>
      <button type="button" className="button" disabled={state.phase === 'running'} onClick={() => void verify()}>
        Verify case
      </button>
      <div role="status" className="text-sm empty:hidden">
        {state.phase === 'running' && <p className="text-stone-600">Verifying…</p>}
        {state.phase === 'done' && <Outcome verification={state.verification} />}
      </div>
      {state.phase === 'failed' && (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
          Could not verify the case. {state.error.message}
        </p>
      )}
    </section>
  );
}
