import type { ReactNode } from 'react';
import type { Loaded } from '../../api';
import { FailureNotice } from '../../components/FailureNotice';
import { Loading } from '../../components/Loading';

interface LoadedDetailProps<T> {
  readonly loaded: Loaded<T>;
  /** What is being read, for the loading line: "the incident". */
  readonly what: string;
  /** What to say when the case does not hold it (any more). */
  readonly missing: ReactNode;
  readonly children: (value: T) => ReactNode;
}

/** One object of the open case as read from the core: loading, missing, failed with the core's message, or shown. */
export function LoadedDetail<T>({ loaded, what, missing, children }: LoadedDetailProps<T>) {
  if (loaded.status === 'loading') return <Loading what={what} />;
  if (loaded.status === 'ready') return children(loaded.value);
  if (loaded.error.code === 'not-found') {
    return (
      <p role="alert" className="px-8 py-6 text-sm">
        {missing}
      </p>
    );
  }
  return (
    <div className="px-8 py-6">
      <FailureNotice failure={loaded.error} />
    </div>
  );
}
