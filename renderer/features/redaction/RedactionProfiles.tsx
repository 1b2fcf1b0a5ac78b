import { useState } from 'react';
import type { RedactionProfile, RedactionProfileFields, Result } from '../../../shared';
import { useApi, useChannel, useSave } from '../../api';
import { Dialog } from '../../components/Dialog';
import { FailureNotice } from '../../components/FailureNotice';
import { Loading } from '../../components/Loading';
import { SaveStatus } from '../../components/SaveStatus';
import { Section } from '../../components/Section';
import { ProfileForm } from './ProfileForm';

export interface RedactionProfilesProps {
  readonly caseId: string;
  readonly readOnly: boolean;
  /** The case's revision: the list is read again whenever it moves (an undo, an edit elsewhere). */
  readonly revision?: number;
  /** After any profile was created, changed or deleted. */
  readonly onChanged?: () => void;
}

function ProfileRow({ profile, readOnly, onEdit, onDelete }: {
  readonly profile: RedactionProfile;
  readonly readOnly: boolean;
  readonly onEdit: () => void;
  readonly onDelete: () => void;
}) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-2">
      <div>
        <p className="font-medium">{profile.name}</p>
        <p className="text-xs text-stone-600">
          {profile.pseudonymize ? 'Sensitive people shown as pseudonyms (“Person A”)' : 'Sensitive people left out altogether'}
        </p>
      </div>
      {!readOnly && (
        <div className="flex gap-2">
          <button type="button" className="button button-quiet" aria-label={`Edit profile ${profile.name}`} onClick={onEdit}>
            Edit
          </button>
          <button type="button" className="button button-quiet" aria-label={`Delete profile ${profile.name}`} onClick={onDelete}>
            Delete
          </button>
        </div>
      )}
    </li>
  );
}

/**
 * The case's redaction profiles: who a printed summary may be for. Each leaves out whatever is marked sensitive and
 * not released to it. Adding, renaming, changing and deleting are each one undoable edit.
 */
export function RedactionProfiles({ caseId, readOnly, revision = 0, onChanged }: RedactionProfilesProps) {
  const { call } = useApi();
  const [loaded, reload] = useChannel('redaction.profiles', { caseId }, revision);
  const { state, save } = useSave();
  const [editing, setEditing] = useState<string>();
  const [deleting, setDeleting] = useState<RedactionProfile>();

  const run = async <T,>(write: () => Promise<Result<T>>, done: string) => {
    const result = await save(write, done);
    if (result.ok) {
      reload();
      onChanged?.();
    }
    return result;
  };
  const create = (profile: RedactionProfileFields) => void run(() => call('redaction.createProfile', { caseId, profile }), 'Profile added');
  const update = async (profileId: string, profile: RedactionProfileFields) => {
    const result = await run(() => call('redaction.updateProfile', { caseId, profileId, profile }), 'Profile saved');
    if (result.ok) setEditing(undefined);
  };
  const remove = async (profile: RedactionProfile) => {
    setDeleting(undefined);
    await run(() => call('redaction.deleteProfile', { caseId, profileId: profile.id }), `Profile “${profile.name}” deleted`);
  };

  if (loaded.status === 'loading') return <Loading what="redaction profiles" />;
  if (loaded.status === 'failed') return <FailureNotice failure={loaded.error} />;
  const saving = state.phase === 'saving';
  return (
    <Section title="Redaction profiles">
      <p className="text-sm text-stone-600">
        A summary printed for a profile leaves out everything marked sensitive that is not released to it.
      </p>
      {loaded.value.length === 0 ? (
        <p className="text-sm text-stone-600">No profiles yet: summaries can only be printed in full.</p>
      ) : (
        <ul aria-label="Profiles" className="divide-y divide-stone-200">
          {loaded.value.map((profile) =>
            editing === profile.id ? (
              <li key={profile.id} className="py-2">
                <ProfileForm
                  label={`Edit profile ${profile.name}`}
                  submitLabel="Save profile"
                  initial={profile}
                  saving={saving}
                  onSubmit={(fields) => void update(profile.id, fields)}
                  onCancel={() => setEditing(undefined)}
                />
              </li>
            ) : (
              <ProfileRow
                key={profile.id}
                profile={profile}
                readOnly={readOnly}
                onEdit={() => setEditing(profile.id)}
                onDelete={() => setDeleting(profile)}
              />
            ),
          )}
        </ul>
      )}
      {!readOnly && <ProfileForm label="New profile" submitLabel="Add profile" saving={saving} onSubmit={create} />}
      <SaveStatus state={state} />
      <Dialog title={`Delete the profile “${deleting?.name ?? ''}”?`} open={deleting !== undefined} onClose={() => setDeleting(undefined)} role="alertdialog">
        <p className="text-sm">
          Items released to it stay sensitive, and are left out of summaries for every other profile as before. Undo puts
          the profile and its releases back.
        </p>
        <div className="mt-4 flex justify-end gap-2">
          <button type="button" className="button" onClick={() => setDeleting(undefined)}>
            Cancel
          </button>
          <button type="button" className="button button-danger" onClick={() => deleting && void remove(deleting)}>
            Delete profile
          </button>
        </div>
      </Dialog>
    </Section>
  );
}
