import { useId, type ReactNode } from 'react';

/** A titled part of a screen; its heading names the region for assistive technology. */
export function Section({ title, children, actions }: { readonly title: string; readonly children: ReactNode; readonly actions?: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <div className="flex items-center justify-between gap-2 border-b border-stone-200 pb-1.5">
        <h3 id={headingId} className="text-sm font-semibold">
          {title}
        </h3>
        {actions}
      </div>
      {children}
    </section>
  );
}
