import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeHost } from './support/fake-host';
import { sampleCase } from './support/fixtures';
import { renderApp } from './support/render-app';

const incidentPath = '/cases/case-harbour/incidents/incident-signing';

async function writeAnnotation(user: UserEvent, text: string) {
  await user.click(await screen.findByRole('button', { name: 'Add annotation' }));
  const body = screen.getByRole('textbox', { name: /Annotation/ });
  await user.type(body, text);
  await user.click(screen.getByRole('checkbox', { name: /my own judgement/ }));
  await user.click(screen.getByRole('button', { name: 'Save annotation' }));
  return body as HTMLTextAreaElement;
}

describe('annotations', () => {
  it('says “Saving…” while annotation.create is in flight and “Saved” only once it succeeded', async () => {
    const host = fakeHost({ cases: [sampleCase()], preferences: { authorName: 'Robin Reporter' } });
    const release = host.hold('annotation.create');
    const { user } = renderApp(host, incidentPath);
    await writeAnnotation(user, 'Second *look* needed');
    const section = screen.getByRole('region', { name: /^Annotations/ });
    // Each note's sensitive mark has its own status line, inside its fieldset; the section's is the one outside.
    const status = within(section).getAllByRole('status').find((element) => !element.closest('fieldset'))!;
    expect(status.textContent).toBe('Saving…');
    expect(screen.queryByText('Saved')).toBeNull();

    release();
    await waitFor(() => expect(status.textContent).toBe('Saved'));
    expect(host.callsTo('annotation.create')[0]!.input).toEqual({
      caseId: 'case-harbour',
      target: { kind: 'incident', id: 'incident-signing' },
      annotation: { body: 'Second *look* needed', analystJudgement: true, tags: [] },
    });
    expect(await screen.findByText('look')).toBeTruthy();
    expect(screen.getByText('Robin Reporter')).toBeTruthy();
    expect(host.caseFile('case-harbour')!.annotations).toHaveLength(2);
  });

  it('shows the failure with its message and keeps the text typed', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    host.fail('annotation.create', { code: 'storage-failed', message: 'The case file could not be written: disk full.' });
    const { user } = renderApp(host, incidentPath);
    const body = await writeAnnotation(user, 'Do not lose this');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Not saved.');
    expect(alert.textContent).toContain('disk full');
    expect(screen.queryByText('Saved')).toBeNull();
    expect(body.value).toBe('Do not lose this');
    expect(screen.getByRole('textbox', { name: /Annotation/ })).toBe(body);
  });

  it('refuses an empty annotation next to the field without calling the host', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    const { user } = renderApp(host, incidentPath);
    await user.click(await screen.findByRole('button', { name: 'Add annotation' }));
    await user.click(screen.getByRole('button', { name: 'Save annotation' }));
    expect(screen.getByText('Must not be empty.')).toBeTruthy();
    expect(host.callsTo('annotation.create')).toHaveLength(0);
  });

  it('edits an annotation through annotation.update', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    const { user } = renderApp(host, incidentPath);
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const body = screen.getByRole('textbox', { name: /Annotation/ });
    await user.clear(body);
    await user.type(body, 'Minutes checked.');
    await user.click(screen.getByRole('button', { name: 'Save annotation' }));
    expect(await screen.findByText('Minutes checked.')).toBeTruthy();
    expect(host.callsTo('annotation.update')[0]!.input).toMatchObject({ annotationId: 'annotation-first' });
  });

  it('asks before deleting, and deletes only when confirmed', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    const { user } = renderApp(host, incidentPath);
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete this annotation?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(host.callsTo('annotation.delete')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete annotation' }));
    await waitFor(() => expect(screen.getByText('Deleted')).toBeTruthy());
    expect(host.caseFile('case-harbour')!.annotations).toHaveLength(0);
    expect(await screen.findByText('No annotations yet.')).toBeTruthy();
  });

  it('opens a new note on the incident from the keyboard (Ctrl+Alt+M), also offered in the palette', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    const { user } = renderApp(host, incidentPath);
    await screen.findByRole('button', { name: 'Add annotation' });
    await user.keyboard('{Control>}{Alt>}m{/Alt}{/Control}');
    expect(await screen.findByRole('textbox', { name: /Annotation/ })).toBeTruthy();
    await user.keyboard('{Control>}k{/Control}');
    await user.type(await screen.findByRole('combobox', { name: 'Type a command' }), 'new note');
    expect(screen.getByRole('option', { name: /New note on this incident/ })).toBeTruthy();
  });
});
