import type { NativeAttachState } from './use-native-attach';

const quoted = (names: readonly string[]) => names.map((name) => `“${name}”`).join(', ');

/** What came of attaching through the shell's dialog: each file attached, each refused with its reason. */
export function NativeAttachStatus({ state }: { readonly state: NativeAttachState }) {
  const attachedNames = state.phase === 'done' ? state.attached.map(({ attachment }) => attachment.name) : [];
  const notices = state.phase === 'done' ? state.attached.flatMap(({ notice }) => (notice ? [notice] : [])) : [];
  return (
    <div className="text-sm">
      <p role="status" aria-live="polite" className={attachedNames.length > 0 ? 'text-emerald-700' : 'text-stone-600'}>
        {state.phase === 'attaching' && 'Choose the files in the dialog; each is then copied into the case…'}
        {attachedNames.length > 0 && `Attached ${quoted(attachedNames)}.`}
      </p>
      {notices.map((notice) => (
        <p key={notice} className="mt-1 rounded border border-amber-200 bg-amber-50 px-2.5 py-1.5 text-amber-900">
          {notice}
        </p>
      ))}
      {state.phase === 'done' && state.failed.length > 0 && (
        <ul role="alert" className="mt-1 space-y-1 rounded border border-red-200 bg-red-50 px-2.5 py-1.5 text-red-800">
          {state.failed.map(({ name, error }, index) => (
            <li key={`${index}-${name}`}>
              <strong className="font-semibold">“{name}” was not attached.</strong> {error.message}
            </li>
          ))}
        </ul>
      )}
      {state.phase === 'failed' && (
        <p role="alert" className="mt-1 rounded border border-red-200 bg-red-50 px-2.5 py-1.5 text-red-800">
          <strong className="font-semibold">Nothing was attached.</strong> {state.error.message}
        </p>
      )}
    </div>
  );
}
