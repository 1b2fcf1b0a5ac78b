import type { CaseAccess } from '../../../shared';

/** Says plainly that nothing can be changed here, and why (usually: another Dossier is editing the case). */
export function ReadOnlyBanner({ access }: { readonly access: CaseAccess }) {
  if (access.mode !== 'read-only') return null;
  return (
    <div role="status" className="border-b border-amber-300 bg-amber-50 px-6 py-2.5 text-sm text-amber-950">
      <p>
        <strong className="font-semibold">Read-only.</strong> {access.reason}
      </p>
      <p className="mt-0.5 text-xs text-amber-900">
        You can read, print and look through the history here, but not change the case. Close it in the other Dossier, then open it again to edit.
      </p>
    </div>
  );
}
