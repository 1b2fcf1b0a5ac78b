import { useId, useState } from 'react';
import type { RedactionProfile, Sensitivity, SensitiveTarget } from '../../../shared';
import { useApi, useSave } from '../../api';
import { SaveStatus } from '../../components/SaveStatus';

export interface SensitivityControlProps {
  /** The entity, quote, incident or note, with the mark it has now (undefined: not sensitive). */
  readonly target: SensitiveTarget & { readonly sensitivity?: Sensitivity | undefined };
  readonly caseId: string;
  readonly profiles: readonly RedactionProfile[];
  readonly readOnly: boolean;
  /** After the core saved the new mark; null when the item is no longer sensitive. */
  readonly onChanged?: (sensitivity: Sensitivity | null) => void;
}

const nouns: Record<SensitiveTarget['kind'], string> = { entity: 'name', quote: 'quote', incident: 'incident', annotation: 'note' };

/**
 * Marks one item sensitive, in any editor that shows it. Sensitive means left out of every printed summary made for a
 * profile, except the profiles ticked here: a profile added later prints nothing sensitive until someone says so.
 * Each tick is saved at once, as one undoable edit; a refused save puts the boxes back as they were saved.
 */
export function SensitivityControl({ target, caseId, profiles, readOnly, onChanged }: SensitivityControlProps) {
  const { call } = useApi();
  const { state, save } = useSave();
  // What this control last set, good until the parent passes a different mark (after a reload, an undo).
  const basis = JSON.stringify(target.sensitivity ?? null);
  const [local, setLocal] = useState<{ readonly basis: string; readonly value: Sensitivity | null }>();
  const shown = local && local.basis === basis ? local.value : (target.sensitivity ?? null);
  const hintId = useId();
  const noun = nouns[target.kind];

  const change = async (next: Sensitivity | null) => {
    const before = local;
    setLocal({ basis, value: next });
    const result = await save(
      () => call('redaction.mark', { caseId, target: { kind: target.kind, id: target.id }, sensitive: next !== null, releasedTo: next?.releasedTo ?? [] }),
      next ? 'Saved: marked sensitive' : 'Saved: no longer sensitive',
    );
    if (!result.ok) {
      setLocal(before);
      return;
    }
    setLocal({ basis, value: result.value.sensitivity });
    onChanged?.(result.value.sensitivity);
  };

  const release = (profileId: string, released: boolean) => {
    const current = shown?.releasedTo ?? [];
    const releasedTo = released ? [...current, profileId] : current.filter((id) => id !== profileId);
    void change({ releasedTo: profiles.map((profile) => profile.id).filter((id) => releasedTo.includes(id)) });
  };

  const disabled = readOnly || state.phase === 'saving';
  return (
    // Unmarked (most things), it is one quiet line; marked, a box that shows who may still see it.
    <fieldset className={shown === null ? 'space-y-1' : 'space-y-2 rounded-md border border-red-200 p-3'} aria-describedby={hintId}>
      <legend className={shown === null ? 'sr-only' : 'px-1 text-sm font-medium text-stone-800'}>Redaction</legend>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="size-4 accent-red-700"
          checked={shown !== null}
          disabled={disabled}
          onChange={(event) => void change(event.target.checked ? { releasedTo: [] } : null)}
        />
        Sensitive: leave this {noun} out of printed summaries
      </label>
      <p id={hintId} className={shown === null ? 'sr-only' : 'text-xs text-stone-500'}>
        {shown === null
          ? 'Printed for every profile.'
          : `Left out for every profile not ticked below, and for any profile made later.${target.kind === 'entity' ? ' Profiles that use pseudonyms show it as “Person A” and the like.' : ''}`}
      </p>
      {shown !== null && profiles.length > 0 && (
        <fieldset className="space-y-1 pl-6">
          <legend className="text-xs font-medium text-stone-700">Still print it for</legend>
          {profiles.map((profile) => (
            <label key={profile.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-4"
                checked={shown.releasedTo.includes(profile.id)}
                disabled={disabled}
                onChange={(event) => release(profile.id, event.target.checked)}
              />
              {profile.name}
            </label>
          ))}
        </fieldset>
      )}
      {readOnly && <p className="text-xs text-stone-500">This case is open read-only.</p>}
      <SaveStatus state={state} />
    </fieldset>
  );
}
