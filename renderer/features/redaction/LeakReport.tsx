export interface LeakReportProps {
  /** Withheld strings found in the rendered summary: any one of them blocks the export. */
  readonly leaks: readonly string[];
  /** Sentences about short withheld strings found in it, for the analyst to check by eye. */
  readonly warnings: readonly string[];
}

/** True when the summary may not be printed or saved: the builder disables its print and PDF buttons on it. */
export function exportBlocked(leaks: readonly string[]): boolean {
  return leaks.length > 0;
}

/** Long withheld texts (a quote, a note) are shown by their start: enough to find them, not the whole secret again. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 80)}…` : flat;
}

/**
 * What the leak check found in the rendered summary. A leak blocks the export and says what to do about it; a
 * warning does not block but is shown, so a short alias is never ignored silently.
 */
export function LeakReport({ leaks, warnings }: LeakReportProps) {
  return (
    <section aria-label="Leak check" className="space-y-2 text-sm">
      {exportBlocked(leaks) ? (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-red-900">
          <p className="font-semibold">
            Export blocked: {leaks.length === 1 ? 'a withheld text appears' : `${leaks.length} withheld texts appear`} in the
            summary
          </p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {leaks.map((leak) => (
              <li key={leak}>
                <bdi>{excerpt(leak)}</bdi>
              </li>
            ))}
          </ul>
          <p className="mt-1">
            Find where it is written outside what was marked sensitive (a title, a summary, another note) and edit it, or
            mark that item sensitive too, then check again.
          </p>
        </div>
      ) : (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-emerald-900">
          Leak check passed: no withheld name, quote or note appears in the summary.
        </p>
      )}
      {warnings.length > 0 && (
        <div className="rounded-md border border-amber-200 bg-amber-50 p-3 text-amber-900">
          <p className="font-semibold">Check by eye before sharing</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
