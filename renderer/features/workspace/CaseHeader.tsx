import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';

export interface Crumb {
  readonly label: string;
  /** Where the crumb leads; the last one, the screen itself, has none. */
  readonly to?: string;
}

/** The top of a case screen: where it sits, its title, and its actions on the right. */
export function CaseHeader({ crumbs, title, children }: { readonly crumbs: readonly Crumb[]; readonly title: string; readonly children: ReactNode }) {
  return (
    <header className="flex items-start justify-between gap-4 border-b border-stone-200 bg-white px-6 py-4">
      <div className="min-w-0 self-end">
        <nav aria-label="Breadcrumb" className="text-xs text-stone-500">
          {crumbs.map((crumb, index) => (
            <Fragment key={crumb.label}>
              {index > 0 && ' / '}
              {crumb.to ? (
                <Link className="hover:underline" to={crumb.to}>
                  {crumb.label}
                </Link>
              ) : (
                crumb.label
              )}
            </Fragment>
          ))}
        </nav>
        <h1 className="mt-0.5 truncate text-xl font-semibold tracking-tight">{title}</h1>
      </div>
      {children}
    </header>
  );
}
