import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaseFile } from '../../../shared';
import { ApiProvider } from '../../../renderer/api';
import { LeakReport } from '../../../renderer/features/redaction/LeakReport';
import { RedactionProfiles } from '../../../renderer/features/redaction/RedactionProfiles';
import { SensitivityControl } from '../../../renderer/features/redaction/SensitivityControl';
import { oneCaseHost } from './support/fake-host';
import { sampleCase } from './support/fixtures';

afterEach(cleanup);

const caseId = 'case-harbour';
const entityId = 'entity-harbour';
const entityOf = (file: CaseFile) => file.entities.find((entity) => entity.id === entityId)!;

function renderControl(file = sampleCase(), readOnly = false) {
  const host = oneCaseHost(file);
  const onChanged = vi.fn();
  const entity = entityOf(file);
  render(
    <ApiProvider api={host.api}>
      <SensitivityControl
        target={{ kind: 'entity', id: entityId, sensitivity: entity.sensitivity }}
        caseId={caseId}
        profiles={file.redactionProfiles}
        readOnly={readOnly}
        onChanged={onChanged}
      />
    </ApiProvider>,
  );
  return { host, onChanged, user: userEvent.setup({ delay: null }) };
}

describe('the sensitivity control', () => {
  it('marks an item sensitive, withheld from every profile until one is ticked, and saves each change', async () => {
    const { host, onChanged, user } = renderControl();
    await user.click(screen.getByRole('checkbox', { name: /Sensitive: leave this name out/ }));
    await waitFor(() => expect(entityOf(host.file()).sensitivity).toEqual({ releasedTo: [] }));
    expect(onChanged).toHaveBeenLastCalledWith({ releasedTo: [] });
    const stillPrint = screen.getByRole('group', { name: 'Still print it for' });
    expect(within(stillPrint).getAllByRole('checkbox').map((box) => (box as HTMLInputElement).checked)).toEqual([false, false]);

    await user.click(within(stillPrint).getByRole('checkbox', { name: 'Partner' }));
    await waitFor(() => expect(entityOf(host.file()).sensitivity).toEqual({ releasedTo: ['profile-partner'] }));
    expect(await screen.findByText('Saved: marked sensitive')).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: /Sensitive: leave this name out/ }));
    await waitFor(() => expect(entityOf(host.file()).sensitivity).toBeUndefined());
    expect(onChanged).toHaveBeenLastCalledWith(null);
  });

  it('puts the box back and shows the core’s message when the save is refused', async () => {
    const { host, user } = renderControl();
    host.fail('redaction.mark', { code: 'read-only', message: 'Another window is editing this case.' });
    const box = screen.getByRole('checkbox', { name: /Sensitive/ }) as HTMLInputElement;
    await user.click(box);
    expect(await screen.findByText(/Another window is editing this case/)).toBeTruthy();
    expect(box.checked).toBe(false);
    expect(entityOf(host.file()).sensitivity).toBeUndefined();
  });

  it('cannot be changed in a read-only case', () => {
    renderControl(sampleCase(), true);
    expect((screen.getByRole('checkbox', { name: /Sensitive/ }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText('This case is open read-only.')).toBeTruthy();
  });
});

function renderProfiles() {
  const host = oneCaseHost(sampleCase());
  render(
    <ApiProvider api={host.api}>
      <RedactionProfiles caseId={caseId} readOnly={false} />
    </ApiProvider>,
  );
  return { host, user: userEvent.setup({ delay: null }) };
}

const profileNames = (host: ReturnType<typeof oneCaseHost>) => host.file().redactionProfiles.map((profile) => profile.name);

describe('the redaction profiles panel', () => {
  it('lists the profiles and adds one from the keyboard', async () => {
    const { host, user } = renderProfiles();
    const list = await screen.findByRole('list', { name: 'Profiles' });
    expect(within(list).getAllByRole('listitem').map((item) => item.querySelector('p')?.textContent)).toEqual(['Partner', 'Public']);
    const form = screen.getByRole('form', { name: 'New profile' });
    await user.type(within(form).getByRole('textbox', { name: /Profile name/ }), 'Press{Enter}');
    await waitFor(() => expect(profileNames(host)).toEqual(['Partner', 'Public', 'Press']));
    expect(await screen.findByText('Press')).toBeTruthy();
  });

  it('refuses an empty name next to the field, and a taken name with the core’s message', async () => {
    const { host, user } = renderProfiles();
    const form = await screen.findByRole('form', { name: 'New profile' });
    await user.click(within(form).getByRole('button', { name: 'Add profile' }));
    expect(within(form).getByText('Must not be empty.')).toBeTruthy();
    await user.type(within(form).getByRole('textbox', { name: /Profile name/ }), 'public{Enter}');
    expect(await screen.findByText(/“Public” already exists/)).toBeTruthy();
    expect(host.callsTo('redaction.createProfile')).toHaveLength(1);
  });

  it('renames a profile, and Escape leaves an edit without saving', async () => {
    const { host, user } = renderProfiles();
    await user.click(await screen.findByRole('button', { name: 'Edit profile Public' }));
    const form = screen.getByRole('form', { name: 'Edit profile Public' });
    const name = within(form).getByRole('textbox', { name: /Profile name/ });
    await user.clear(name);
    await user.type(name, 'Everyone{Escape}');
    expect(screen.queryByRole('form', { name: 'Edit profile Public' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Edit profile Public' }));
    const again = within(screen.getByRole('form', { name: 'Edit profile Public' })).getByRole('textbox', { name: /Profile name/ });
    await user.clear(again);
    await user.type(again, 'Everyone{Enter}');
    await waitFor(() => expect(profileNames(host)).toEqual(['Partner', 'Everyone']));
  });

  it('deletes a profile only after asking', async () => {
    const { host, user } = renderProfiles();
    await user.click(await screen.findByRole('button', { name: 'Delete profile Partner' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete the profile “Partner”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(profileNames(host)).toEqual(['Partner', 'Public']);
    await user.click(screen.getByRole('button', { name: 'Delete profile Partner' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete profile' }));
    await waitFor(() => expect(profileNames(host)).toEqual(['Public']));
  });
});

describe('the leak report', () => {
  it('blocks the export and lists what leaked, long texts by their start', () => {
    const quote = 'Abu Ali carried the cash to the warehouse behind the fish market before dawn on the second day.';
    render(<LeakReport leaks={['Ahmad Hassan', quote]} warnings={[]} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Export blocked: 2 withheld texts appear in the summary');
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Ahmad Hassan', `${quote.slice(0, 80)}…`]);
  });

  it('says the check passed when nothing leaked, and still shows warnings', () => {
    render(<LeakReport leaks={[]} warnings={['“Al” is withheld but too short to block the export on its own.']} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Leak check passed');
    expect(screen.getByText(/“Al” is withheld/)).toBeTruthy();
  });
});
