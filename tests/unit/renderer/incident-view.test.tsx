import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeHost } from './support/fake-host';
import { sampleCase } from './support/fixtures';
import { renderApp } from './support/render-app';

describe('the incident view', () => {
  it('shows each linked quote with its credibility and the graded source it comes from', async () => {
    renderApp(fakeHost({ cases: [sampleCase()] }), '/cases/case-harbour/incidents/incident-signing');
    const quotes = await screen.findByRole('region', { name: 'Quotes (2)' });
    const items = within(quotes).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const signed = items.find((item) => item.textContent?.includes('the contract was signed in March 2023'))!;
    expect(within(signed).getByText('Probably true')).toBeTruthy();
    expect(within(signed).getByText('Usually reliable')).toBeTruthy();
    const sourceLink = within(signed).getByRole('link', { name: 'Audit office report' });
    expect(sourceLink.getAttribute('href')).toBe('/cases/case-harbour/sources/source-report?quote=quote-signed');
  });

  it('shows the date in words with the raw EDTF, the status, tags, place and people', async () => {
    renderApp(fakeHost({ cases: [sampleCase()] }), '/cases/case-harbour/incidents/incident-signing');
    const incident = await screen.findByRole('article', { name: 'Contract signed' });
    const facts = within(incident).getAllByRole('definition').map((definition) => definition.textContent);
    expect(facts).toEqual(['March 2023?EDTF (2023-03?)', 'Port City', 'Alleged', 'procurement']);
    const people = within(incident).getByRole('region', { name: 'People and organisations (1)' });
    expect(within(people).getByText('Minister of Ports')).toBeTruthy();
    expect(within(people).getByText('Official')).toBeTruthy();
  });

  it('shows annotations rendered from markdown, with author and the analyst’s judgement badge', async () => {
    renderApp(fakeHost({ cases: [sampleCase()] }), '/cases/case-harbour/incidents/incident-signing');
    const annotations = await screen.findByRole('region', { name: 'Annotations (1)' });
    expect(within(annotations).getByText('date').tagName).toBe('STRONG');
    expect(within(annotations).getByText('Sam Analyst')).toBeTruthy();
    expect(within(annotations).getByText('Analyst’s judgement')).toBeTruthy();
  });

  it('renders a hostile title as text, never as markup', async () => {
    const title = '<img src=x onerror=alert(1)> Payment';
    const { container } = renderApp(fakeHost({ cases: [sampleCase({ incidentTitle: title })] }), '/cases/case-harbour/incidents/incident-signing');
    expect(await screen.findByRole('heading', { level: 2, name: title })).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(container.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('lists incidents by date in the sidebar, with their dates in words and status', async () => {
    renderApp(fakeHost({ cases: [sampleCase()] }), '/cases/case-harbour');
    const list = await screen.findByRole('navigation', { name: 'Incidents (2)' });
    const links = within(list).getAllByRole('link').slice(1);
    expect(links.map((link) => link.textContent)).toEqual(['Contract signedMarch 2023?Alleged', 'Denial by officialsJune 2023 to 2024Disputed']);
  });

  it('accepts ?incident=<id> on the case address', async () => {
    const { router } = renderApp(fakeHost({ cases: [sampleCase()] }), '/cases/case-harbour?incident=incident-denial');
    expect(await screen.findByRole('heading', { level: 2, name: 'Denial by officials' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/cases/case-harbour/incidents/incident-denial');
  });

  it('says which file could not be read and that it was left untouched', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    host.fail('case.outline', { code: 'case-unreadable', message: 'cases/case-harbour.json is not valid JSON (line 3).' });
    renderApp(host, '/cases/case-harbour');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This case file could not be read');
    expect(alert.textContent).toContain('cases/case-harbour.json is not valid JSON');
    expect(alert.textContent).toContain('left the file untouched');
  });
});
