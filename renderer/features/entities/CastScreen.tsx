import { useRef, useState } from 'react';
import type { CastGroup, CastMember } from '../../../shared';
import type { EntityFields } from '../../../shared/operations/entities';
import { useApi, useChannel, useSave } from '../../api';
import { FailureNotice } from '../../components/FailureNotice';
import { TextField } from '../../components/Fields';
import { Loading } from '../../components/Loading';
import { SaveStatus } from '../../components/SaveStatus';
import { useFocusReturn } from '../../components/use-focus-return';
import { filteredGroups, kindHeadings } from './cast-view';
import { EntityCard, type EntityCardProps } from './EntityCard';
import { EntityForm } from './EntityForm';
import { MergeDialog } from './MergeDialog';

interface CastScreenProps {
  readonly caseId: string;
  /** Moves when the case was edited elsewhere (undo, another screen): the cast is read again. */
  readonly revision?: number;
  /** True when another Dossier writes this case: every edit control is disabled. */
  readonly readOnly?: boolean;
  /** Called after each edit made here reached disk, so the rest of the window can read the case again. */
  readonly onChanged?: () => void;
}

interface GroupProps extends Omit<EntityCardProps, 'member'> {
  readonly group: CastGroup;
  readonly filtering: boolean;
}

/** How many cards a group shows at first and adds at a time: a large case names thousands of entities. */
const pageSize = 50;

function GroupSection({ group, filtering, ...card }: GroupProps) {
  const [shown, setShown] = useState(pageSize);
  const headingId = `cast-${group.kind}`;
  const heading = kindHeadings[group.kind];
  const more = Math.min(pageSize, group.members.length - shown);
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-lg font-semibold">
        {heading} ({group.members.length})
      </h2>
      {group.members.length === 0 && (
        <p className="text-sm text-stone-500">{filtering ? `No ${heading.toLowerCase()} match the filter.` : `No ${heading.toLowerCase()} recorded.`}</p>
      )}
      {group.members.slice(0, shown).map((member) => (
        <EntityCard key={member.entity.id} member={member} {...card} />
      ))}
      {more > 0 && (
        <button type="button" className="button" onClick={() => setShown((count) => count + pageSize)}>
          Show {more} more of {group.members.length} {heading.toLowerCase()}
        </button>
      )}
    </section>
  );
}

/** The cast of characters: every person, organisation and place, where each appears, with editing and merging. */
export function CastScreen({ caseId, revision = 0, readOnly = false, onChanged }: CastScreenProps) {
  const { call } = useApi();
  // Edits made here are counted apart from the caller's revision, so the cast is read again even without onChanged.
  const [edits, setEdits] = useState(0);
  const reading = revision + edits;
  const [cast] = useChannel('entity.cast', { caseId }, reading);
  const [filter, setFilter] = useState('');
  const [adding, setAdding] = useState(false);
  const [merging, setMerging] = useState<CastMember>();
  const { state, save } = useSave();
  const addButton = useRef<HTMLButtonElement>(null);
  useFocusReturn(adding, addButton);

  const saved = () => {
    setEdits((count) => count + 1);
    onChanged?.();
  };
  const add = async (fields: EntityFields) => {
    const result = await save(() => call('entity.create', { caseId, entity: fields }));
    if (!result.ok) return;
    setAdding(false);
    saved();
  };

  if (cast.status === 'loading') return <Loading what="the cast of characters" />;
  if (cast.status === 'failed') return <FailureNotice failure={cast.error} />;
  const groups = filteredGroups(cast.value.groups, filter);
  const members = cast.value.groups.flatMap((group) => group.members);
  return (
    <div className="mx-auto max-w-5xl space-y-6 p-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-xl font-semibold">People, organisations and places</h1>
        {!adding && (
          <button ref={addButton} type="button" className="button button-primary" disabled={readOnly} onClick={() => setAdding(true)}>
            Add person, organisation or place
          </button>
        )}
      </header>
      {adding && <EntityForm label="New person, organisation or place" saving={state.phase === 'saving'} onSubmit={add} onCancel={() => setAdding(false)} />}
      <SaveStatus state={state} />
      <div className="max-w-md">
        <TextField
          label="Filter"
          type="search"
          hint="By name, alias or description."
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          onKeyDown={(event) => event.key === 'Escape' && setFilter('')}
        />
      </div>
      {groups.map((group) => (
        <GroupSection
          key={group.kind}
          caseId={caseId}
          group={group}
          filtering={filter.trim() !== ''}
          revision={reading}
          readOnly={readOnly}
          onSaved={saved}
          onMerge={setMerging}
        />
      ))}
      <MergeDialog caseId={caseId} member={merging} members={members} onClose={() => setMerging(undefined)} onMerged={saved} />
    </div>
  );
}
