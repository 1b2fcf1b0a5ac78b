import type { CaseProblem } from '../../../shared';

/** Case files the library could not read. They are listed, never repaired or overwritten. */
export function ProblemsPanel({ problems }: { readonly problems: readonly CaseProblem[] }) {
  if (problems.length === 0) return null;
  const count = problems.length === 1 ? 'One case file' : `${problems.length} case files`;
  return (
    <section aria-labelledby="problems-heading" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <h2 id="problems-heading" className="font-semibold">
        {count} could not be read
      </h2>
      <p className="mt-1">Dossier left each file untouched. Fix or restore it, then reopen the library.</p>
      <ul className="mt-3 space-y-2">
        {problems.map((problem) => (
          <li key={problem.file}>
            <p className="font-mono text-xs break-all">{problem.file}</p>
            <p>{problem.reason}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
