import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeHost } from './support/fake-host';
import { sampleCase } from './support/fixtures';
import { renderApp } from './support/render-app';

const casePath = '/cases/case-harbour';

// Whole screens are drawn here, each reading the case from the fake host: slower than one component on a busy machine.
configure({ asyncUtilTimeout: 5000 });

function harbour() {
  return fakeHost({ cases: [sampleCase()] });
}

describe('building a case from the keyboard: where the cursor goes', { timeout: 20_000 }, () => {
  it('opens a new incident with the cursor in its title, and a participant row added takes the cursor', async () => {
    const { user } = renderApp(harbour(), `${casePath}/incidents/new`);
    const title = await screen.findByRole('textbox', { name: /^Title/ });
    expect(document.activeElement).toBe(title);
    await user.click(screen.getByRole('button', { name: 'Add person or organisation' }));
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Person or organisation 1' }));
    await user.click(screen.getByRole('button', { name: 'Add person or organisation' }));
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Person or organisation 2' }));
  });

  it('opens a new source with the cursor in its first field, Kind', async () => {
    renderApp(harbour(), `${casePath}/sources/new`);
    const kind = await screen.findByRole('combobox', { name: 'Kind' });
    expect(document.activeElement).toBe(kind);
  });

  it('puts the cursor in a new note, and gives it back to “Add annotation” once the note is saved', async () => {
    const host = harbour();
    const { user } = renderApp(host, `${casePath}/incidents/incident-signing`);
    await user.click(await screen.findByRole('button', { name: 'Add annotation' }));
    const body = screen.getByRole('textbox', { name: /Annotation/ });
    expect(document.activeElement).toBe(body);
    await user.keyboard('Checked the register.');
    await user.click(screen.getByRole('button', { name: 'Save annotation' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add annotation' })));
    expect(host.caseFile('case-harbour')!.annotations.map((annotation) => annotation.body)).toContain('Checked the register.');
  });

  it('writes a note on the selected quote of a source', async () => {
    const host = harbour();
    const { user } = renderApp(host, `${casePath}/sources/source-report?quote=quote-minister`);
    const selected = await screen.findByRole('region', { name: 'Selected quote' });
    const notes = within(selected).getByRole('region', { name: 'Notes on this quote (0)' });
    await user.click(within(notes).getByRole('button', { name: 'Add annotation' }));
    await user.keyboard('Said on the record.');
    await user.click(within(notes).getByRole('button', { name: 'Save annotation' }));
    await screen.findByRole('region', { name: 'Notes on this quote (1)' });
    expect(host.callsTo('annotation.create')[0]!.input).toMatchObject({ caseId: 'case-harbour', target: { kind: 'quote', id: 'quote-minister' } });
    // The source's own notes are apart from the quote's.
    expect(screen.getByRole('region', { name: 'Annotations (0)' })).toBeTruthy();
  });

  it('writes a note on a person, read back with the entity once it has one', async () => {
    const host = harbour();
    const { user } = renderApp(host, `${casePath}/people`);
    const minister = await screen.findByRole('article', { name: 'Minister of Ports' });
    expect(host.callsTo('entity.get')).toHaveLength(0);
    await user.click(within(minister).getByRole('button', { name: 'Add annotation' }));
    await user.keyboard('Denies signing.');
    await user.click(within(minister).getByRole('button', { name: 'Save annotation' }));
    await waitFor(() => expect(within(minister).getByRole('region', { name: 'Notes (1)' }).textContent).toContain('Denies signing.'));
    expect(host.callsTo('annotation.create')[0]!.input).toMatchObject({ target: { kind: 'entity', id: 'entity-minister' } });
    expect(document.activeElement).toBe(within(minister).getByRole('button', { name: 'Add annotation' }));
  });

  it('gives the keyboard back to “Add person, organisation or place” once a new one is saved', async () => {
    const { user } = renderApp(harbour(), `${casePath}/people`);
    await user.click(await screen.findByRole('button', { name: 'Add person, organisation or place' }));
    await user.keyboard('Port Police');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('article', { name: 'Port Police' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add person, organisation or place' }));
  });

  it('moves the focus to the new screen when the one holding it goes away', async () => {
    const { router } = renderApp(harbour(), `${casePath}/incidents/incident-signing`);
    const edit = await screen.findByRole('link', { name: 'Edit incident' });
    edit.focus();
    await router.navigate(`${casePath}/history`);
    await screen.findByRole('heading', { level: 1, name: 'History' });
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });
});

describe('“Verify case” and the quotes', { timeout: 20_000 }, () => {
  it('says how many quotes stand in their sources’ text, and is offered in the command palette', async () => {
    const verification = { intact: true, records: 12, problems: [], quotes: { total: 3, verified: 2, orphaned: 1 } };
    const host = fakeHost({ cases: [sampleCase()], verification });
    const { user } = renderApp(host, `${casePath}/history`);
    await screen.findByRole('heading', { level: 1, name: 'History' });
    await user.keyboard('{Control>}k{/Control}');
    await user.keyboard('Verify case{Enter}');
    const panel = screen.getByRole('region', { name: 'Verify case' });
    await waitFor(() => expect(within(panel).getByRole('status').textContent).toBe('Intact: 12 records verified.'));
    expect(within(panel).getByText(/quotes verified/).textContent).toBe('2 of 3 quotes verified against their sources’ text; 1 is orphaned, kept as evidence but no longer in the text.');
    expect(host.callsTo('case.verify')).toHaveLength(1);
  });

  it('shows a quote that no longer matches among the problems', async () => {
    const problem = 'The quote “the contract was signed” does not match the text of “Audit office report” at characters 4–40: other words stand at its position.';
    const verification = { intact: false, records: 12, problems: [problem], quotes: { total: 3, verified: 2, orphaned: 0 } };
    const { user } = renderApp(fakeHost({ cases: [sampleCase()], verification }), `${casePath}/history`);
    await user.click(await screen.findByRole('button', { name: 'Verify case' }));
    const panel = screen.getByRole('region', { name: 'Verify case' });
    const outcome = within(panel).getByRole('status');
    await waitFor(() => expect(outcome.textContent).toContain('Not intact.'));
    expect(within(panel).getByText(/quotes verified/).textContent).toBe('2 of 3 quotes verified against their sources’ text.');
    expect(within(outcome).getByRole('listitem').textContent).toBe(problem);
  });
});
