import { useState, type FormEvent } from 'react';
import type { Preferences } from '../../../shared';
import { useApi, useChannel, useSave } from '../../api';
import { Dialog } from '../../components/Dialog';
import { FailureNotice } from '../../components/FailureNotice';
import { TextField } from '../../components/Fields';
import { Loading } from '../../components/Loading';
import { SaveStatus } from '../../components/SaveStatus';

function SettingsForm({ preferences, onClose }: { readonly preferences: Preferences; readonly onClose: () => void }) {
  const { call } = useApi();
  const { state, save } = useSave();
  const [authorName, setAuthorName] = useState(preferences.authorName);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(() => call('preferences.update', { authorName }));
  };
  return (
    <form onSubmit={submit} className="space-y-4">
      <TextField
        label="Your name as author"
        hint="Written on each annotation you add. Leave empty to add annotations without a name."
        value={authorName}
        maxLength={200}
        autoComplete="name"
        onChange={(event) => setAuthorName(event.target.value)}
      />
      <SaveStatus state={state} />
      <div className="flex justify-end gap-2">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        <button type="submit" className="button button-primary" disabled={state.phase === 'saving'}>
          Save
        </button>
      </div>
    </form>
  );
}

function SettingsContent({ onClose }: { readonly onClose: () => void }) {
  const [preferences] = useChannel('preferences.get', {});
  if (preferences.status === 'loading') return <Loading what="settings" />;
  if (preferences.status === 'failed') return <FailureNotice failure={preferences.error} />;
  return <SettingsForm preferences={preferences.value} onClose={onClose} />;
}

export function SettingsDialog({ open, onClose }: { readonly open: boolean; readonly onClose: () => void }) {
  return (
    <Dialog title="Settings" open={open} onClose={onClose}>
      <SettingsContent onClose={onClose} />
    </Dialog>
  );
}
