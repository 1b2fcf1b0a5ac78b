import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { printOptionNames, printOptionsParameters, readPrintOptions, type PrintOptions, type ReadOptions } from '../../../shared/print';

/**
 * The print options live in the print route's search parameters, so a reload, a bookmark or the native menu's
 * print action (which adds `action=`) keeps them. Parameters that cannot be read fall back, with their problems.
 * A change shows at once: the router writes the address a moment later, and a checkbox must not flick back meanwhile.
 */
export function usePrintOptions(): ReadOptions & { readonly change: (options: PrintOptions) => void } {
  const [searchParams, setSearchParams] = useSearchParams();
  const key = searchParams.toString();
  const read = useMemo(() => readPrintOptions(new URLSearchParams(key)), [key]);
  // A change is kept with the address it was made on; once the address moves on (the router caught up, or a reload
  // or the menu changed it), the address is the truth again.
  const [pending, setPending] = useState<{ readonly options: PrintOptions; readonly at: string }>();
  const current = pending?.at === key ? pending.options : undefined;
  const change = useCallback(
    (options: PrintOptions) => {
      setPending({ options, at: key });
      setSearchParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const name of printOptionNames) next.delete(name);
          for (const [name, value] of printOptionsParameters(options)) next.append(name, value);
          return next;
        },
        { replace: true },
      );
    },
    [key, setSearchParams],
  );
  return { options: current ?? read.options, problems: current ? [] : read.problems, change };
}
