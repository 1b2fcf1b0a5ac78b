import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeHost } from './support/fake-host';
import { caseWithIncidents } from './support/fixtures';
import { renderApp } from './support/render-app';

const incidentCount = 5000;

function incidentList() {
  const navigation = screen.getByRole('navigation', { name: `Incidents (${incidentCount + 2})` });
  return within(navigation).getAllByRole('list').at(-1)!;
}

const focusedTitle = () => document.activeElement?.querySelector('span')?.textContent;

describe('the incident list of a large case', () => {
  it('renders only the rows in view, each saying its place in the whole list', async () => {
    renderApp(fakeHost({ cases: [caseWithIncidents(incidentCount)] }), '/cases/case-harbour');
    await screen.findByRole('navigation', { name: `Incidents (${incidentCount + 2})` });
    const items = within(incidentList()).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(5);
    expect(items.length).toBeLessThan(50);
    expect(items[0]!.getAttribute('aria-setsize')).toBe(String(incidentCount + 2));
    expect(items[0]!.getAttribute('aria-posinset')).toBe('1');
    expect(within(items[0]!).getByRole('link').textContent).toContain('Incident 1');
  });

  it('keeps the open incident rendered and current, however far down it is', async () => {
    renderApp(fakeHost({ cases: [caseWithIncidents(incidentCount)] }), '/cases/case-harbour/incidents/incident-4000');
    await screen.findByRole('heading', { level: 2, name: 'Incident 4000' });
    const current = within(incidentList()).getByRole('link', { current: 'page' });
    expect(current.textContent).toContain('Incident 4000');
    expect(current.getAttribute('tabindex')).toBe('0');
    expect(within(incidentList()).getAllByRole('listitem').length).toBeLessThan(50);
  });

  it('is one tab stop, moved with the arrow keys, Home and End', async () => {
    const { user } = renderApp(fakeHost({ cases: [caseWithIncidents(incidentCount)] }), '/cases/case-harbour');
    await screen.findByRole('navigation', { name: `Incidents (${incidentCount + 2})` });
    const tabbable = within(incidentList())
      .getAllByRole('link')
      .filter((link) => link.getAttribute('tabindex') === '0');
    expect(tabbable).toHaveLength(1);
    tabbable[0]!.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(focusedTitle()).toBe('Incident 3');
    await user.keyboard('{End}');
    await waitFor(() => expect(focusedTitle()).toBe('Denial by officials'));
    await user.keyboard('{ArrowUp}{PageUp}');
    await waitFor(() => expect(focusedTitle()).toBe('Incident 4991'));
    await user.keyboard('{Home}');
    await waitFor(() => expect(focusedTitle()).toBe('Incident 1'));
    await user.keyboard('{ArrowDown}{Enter}');
    expect(await screen.findByRole('heading', { level: 2, name: 'Incident 2' })).toBeTruthy();
    expect(within(incidentList()).getAllByRole('listitem').length).toBeLessThan(50);
  });
});
