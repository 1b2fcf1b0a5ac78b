import { useId, useState } from 'react';
import type { CastMember } from '../../../shared';
import { useApi, useSave } from '../../api';
import { Dialog } from '../../components/Dialog';
import { SelectField } from '../../components/Fields';
import { SaveStatus } from '../../components/SaveStatus';
import { roleLabel } from '../../lib/labels';
import { counted, mergePreview } from './cast-view';

interface MergeDialogProps {
  readonly caseId: string;
  /** The entity whose Merge action opened the dialog; undefined while it is closed. */
  readonly member: CastMember | undefined;
  /** Every entity of the case; only those of the same kind can be picked. */
  readonly members: readonly CastMember[];
  readonly onClose: () => void;
  readonly onMerged: () => void;
}

function Preview({ kept, merged }: { readonly kept: CastMember; readonly merged: CastMember }) {
  const preview = mergePreview(kept, merged);
  const [keptName, mergedName] = [`“${kept.entity.name}”`, `“${merged.entity.name}”`];
  return (
    <div aria-live="polite" className="space-y-1.5 rounded border border-stone-200 bg-stone-50 p-3 text-sm">
      <p className="font-medium">What will move</p>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          {preview.newAliases.length > 0 ? `${keptName} gains the aliases ${preview.newAliases.map((alias) => `“${alias}”`).join(', ')}.` : `${keptName} gains no new alias.`}
        </li>
        {preview.descriptionAppended && <li>The description of {mergedName} is appended to that of {keptName}.</li>}
        <li>
          {preview.incidents.length === 0
            ? `${mergedName} is named in no incident.`
            : `${counted(preview.incidents.length, 'incident')} will name ${keptName} instead: ${preview.incidents
                .map((incident) => `${incident.title} (as ${incident.roles.map(roleLabel).join(' and ')})`)
                .join('; ')}.`}
        </li>
        <li>{preview.notes === 0 ? `There are no notes on ${mergedName}.` : `${counted(preview.notes, 'note')} on ${mergedName} will be on ${keptName}.`}</li>
        <li>{mergedName} is then removed from the case. Undo reverses the whole merge.</li>
      </ul>
    </div>
  );
}

/** Picks the entity to merge with and which of the two to keep, shows what will move, and merges on confirmation. */
export function MergeDialog({ caseId, member, members, onClose, onMerged }: MergeDialogProps) {
  const { call } = useApi();
  const { state, save, reset } = useSave();
  const [otherId, setOtherId] = useState('');
  const [keepOther, setKeepOther] = useState(false);
  const keepGroup = useId();
  const candidates = members.filter((candidate) => member && candidate.entity.kind === member.entity.kind && candidate.entity.id !== member.entity.id);
  const other = candidates.find((candidate) => candidate.entity.id === otherId);
  const [kept, merged] = keepOther ? [other, member] : [member, other];

  const close = () => {
    setOtherId('');
    setKeepOther(false);
    reset();
    onClose();
  };
  const merge = async () => {
    if (!kept || !merged) return;
    const result = await save(() => call('entity.merge', { caseId, keepId: kept.entity.id, mergeId: merged.entity.id }), 'Merged');
    if (!result.ok) return;
    close();
    onMerged();
  };

  return (
    <Dialog title={member ? `Merge “${member.entity.name}” with another ${member.entity.kind}` : 'Merge'} open={member !== undefined} onClose={close}>
      {member && candidates.length === 0 ? (
        <p className="text-sm text-stone-700">
          This case has no other {member.entity.kind} to merge with. Only entities of the same kind can be merged; if one was recorded as the wrong kind,
          edit its kind first.
        </p>
      ) : (
        member && (
          <div className="space-y-3">
            <SelectField label="The same as" value={otherId} onChange={(event) => setOtherId(event.target.value)}>
              <option value="">Choose…</option>
              {candidates.map((candidate) => (
                <option key={candidate.entity.id} value={candidate.entity.id}>
                  {candidate.entity.name}
                  {candidate.entity.aliases.length > 0 && ` (also ${candidate.entity.aliases.join(', ')})`}
                </option>
              ))}
            </SelectField>
            {other && (
              <fieldset className="space-y-1 text-sm">
                <legend className="font-medium text-stone-800">Keep</legend>
                {[false, true].map((option) => (
                  <label key={String(option)} className="flex items-center gap-2">
                    <input type="radio" name={keepGroup} className="accent-accent-700" checked={keepOther === option} onChange={() => setKeepOther(option)} />
                    {`“${(option ? other : member).entity.name}”`}
                  </label>
                ))}
              </fieldset>
            )}
            {kept && merged && <Preview kept={kept} merged={merged} />}
            <SaveStatus state={state} />
          </div>
        )
      )}
      <div className="mt-4 flex justify-end gap-2">
        <button type="button" className="button" onClick={close}>
          Cancel
        </button>
        {kept && merged && (
          <button type="button" className="button button-primary" disabled={state.phase === 'saving'} onClick={() => void merge()}>
            Merge “{merged.entity.name}” into “{kept.entity.name}”
          </button>
        )}
      </div>
    </Dialog>
  );
}
