import { useId } from 'react';

/** What Dossier found damaged or lost when it opened the case, and what it did; shown until dismissed. */
export function RecoveryNotice({ messages, onDismiss }: { readonly messages: readonly string[]; readonly onDismiss: () => void }) {
  const headingId = useId();
  if (messages.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="border-b border-sky-200 bg-sky-50 px-6 py-3 text-sm text-sky-950">
      <div className="flex items-start justify-between gap-4">
        <div className="min-w-0">
          <h2 id={headingId} className="text-sm font-semibold text-sky-950">
            Dossier repaired this case when it opened it
          </h2>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {messages.map((message) => (
              <li key={message} className="break-words">
                {message}
              </li>
            ))}
          </ul>
        </div>
        <button type="button" className="button shrink-0" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </section>
  );
}
