import type { Failure } from '../../shared';

const titles: Partial<Record<Failure['code'], string>> = {
  'case-unreadable': 'This case file could not be read',
  'not-found': 'Not found',
  unauthorized: 'Access refused',
  'storage-failed': 'Could not write to disk',
};

/** Shows a failure from the core with its message; an unreadable case also says the file was not changed. */
export function FailureNotice({ failure, title }: { readonly failure: Failure; readonly title?: string }) {
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-900">
      <p className="font-semibold">{title ?? titles[failure.code] ?? 'Something went wrong'}</p>
      <p className="mt-1">{failure.message}</p>
      {failure.code === 'case-unreadable' && <p className="mt-1">Dossier left the file untouched.</p>}
    </div>
  );
}
