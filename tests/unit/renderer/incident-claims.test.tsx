import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseFile, Claim } from '../../../shared';
import { fakeHost } from './support/fake-host';
import { sampleCase } from './support/fixtures';
import { renderApp } from './support/render-app';

// The first screen of a test can take over a second to appear on a busy machine: wait longer than the default.
const loading = { timeout: 5000 };
const editPath = '/cases/case-harbour/incidents/incident-signing/edit';
const viewPath = '/cases/case-harbour/incidents/incident-signing';

/** The sample case with claims on the signing incident, and its quotes changed as a test needs. */
function withClaims(claims: Claim[], orphaned: readonly string[] = []): CaseFile {
  const file = sampleCase();
  return {
    ...file,
    incidents: file.incidents.map((incident) => (incident.id === 'incident-signing' ? { ...incident, claims } : incident)),
    quotes: file.quotes.map((quote) => (orphaned.includes(quote.id) ? { ...quote, anchor: 'orphaned' as const } : quote)),
  };
}

const signed: Claim = { id: 'claim-signed', text: 'The minister signed in March.', quoteIds: ['quote-signed'] };

describe('claims in the incident editor', () => {
  // Two screens and many keystrokes: on a loaded machine this takes longer than Vitest's default 5 s.
  it('adds, writes, backs with quotes and reorders claims, and the core gives the new ones ids', { timeout: 20_000 }, async () => {
    const host = fakeHost({ cases: [withClaims([signed])] });
    const { router, user } = renderApp(host, editPath);
    await user.click(await screen.findByRole('button', { name: 'Add claim' }, loading));
    const second = screen.getByRole('textbox', { name: 'Claim 2' });
    expect(document.activeElement).toBe(second);
    await user.type(second, 'Announced.');
    const backing = screen.getByRole('group', { name: 'Quotes backing claim 2' });
    await user.click(within(backing).getByRole('checkbox', { name: /The minister said the contract/ }));
    await user.click(screen.getByRole('button', { name: 'Move claim 2 up' }));
    expect((screen.getByRole('textbox', { name: 'Claim 1' }) as HTMLTextAreaElement).value).toBe('Announced.');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(viewPath), loading);
    expect((host.callsTo('incident.update')[0]!.input as { incident: { claims: unknown } }).incident.claims).toEqual([
      { text: 'Announced.', quoteIds: ['quote-minister'] },
      { id: 'claim-signed', text: 'The minister signed in March.', quoteIds: ['quote-signed'] },
    ]);
    const stored = host.caseFile('case-harbour')!.incidents[0]!.claims;
    expect(stored.map((claim) => claim.text)).toEqual(['Announced.', 'The minister signed in March.']);
    expect(stored[0]!.id).toMatch(/^new-\d+$/);
    expect(stored[1]!.id).toBe('claim-signed');
  });

  it('keeps the claims when other fields are edited', async () => {
    const host = fakeHost({ cases: [withClaims([signed])] });
    const { user } = renderApp(host, editPath);
    const place = await screen.findByRole('textbox', { name: 'Place' }, loading);
    await user.clear(place);
    await user.type(place, 'Harbour office');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('article', { name: 'Contract signed' }, loading);
    expect(host.caseFile('case-harbour')!.incidents[0]).toMatchObject({ place: 'Harbour office', claims: [signed] });
  });

  it('removes a claim and unticks a quote', async () => {
    const host = fakeHost({ cases: [withClaims([signed, { id: 'claim-other', text: 'Second.', quoteIds: ['quote-minister'] }])] });
    const { user } = renderApp(host, editPath);
    await user.click(await screen.findByRole('button', { name: 'Remove claim 1' }, loading));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add claim' }));
    await user.click(within(screen.getByRole('group', { name: 'Quotes backing claim 1' })).getByRole('checkbox', { name: /The minister said/ }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('article', { name: 'Contract signed' }, loading);
    expect(host.caseFile('case-harbour')!.incidents[0]!.claims).toEqual([{ id: 'claim-other', text: 'Second.', quoteIds: [] }]);
  });

  it('asks for the text of an empty claim next to it, without calling the host', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    const { user } = renderApp(host, editPath);
    await user.click(await screen.findByRole('button', { name: 'Add claim' }, loading));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const claim = screen.getByRole('textbox', { name: 'Claim 1' });
    expect(claim.getAttribute('aria-invalid')).toBe('true');
    expect(claim.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(claim.getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent).toBe('Must not be empty.');
    expect(host.callsTo('incident.update')).toHaveLength(0);
  });

  it('says a new incident has no quotes to cite yet, and creates it with its claims', async () => {
    const host = fakeHost({ cases: [sampleCase()] });
    const { user } = renderApp(host, '/cases/case-harbour/incidents/new');
    await user.type(await screen.findByRole('textbox', { name: /Title/ }, loading), 'Audit published');
    expect(screen.getByText(/A new incident has no quotes yet/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add claim' }));
    expect(screen.queryByRole('group', { name: 'Quotes backing claim 1' })).toBeNull();
    await user.type(screen.getByRole('textbox', { name: 'Claim 1' }), 'The audit came out.');
    await user.click(screen.getByRole('button', { name: 'Create incident' }));
    const view = await screen.findByRole('article', { name: 'Audit published' }, loading);
    const claims = within(view).getByRole('region', { name: 'Claims (1)' });
    expect(within(claims).getByText(/Unsupported/)).toBeTruthy();
    expect(host.caseFile('case-harbour')!.incidents.at(-1)!.claims).toEqual([{ id: 'new-2', text: 'The audit came out.', quoteIds: [] }]);
  });
});

describe('claims in the incident view', () => {
  it('shows each claim with its quotes numbered like footnotes, their source and grade, and flags a claim no quote backs', async () => {
    const claims = [
      { id: 'claim-a', text: 'Signed in March.', quoteIds: ['quote-signed', 'quote-minister'] },
      { id: 'claim-b', text: 'The minister said so.', quoteIds: ['quote-minister'] },
      { id: 'claim-c', text: 'Nobody objected.', quoteIds: [] },
    ];
    renderApp(fakeHost({ cases: [withClaims(claims)] }), viewPath);
    const region = await screen.findByRole('region', { name: 'Claims (3)' }, loading);
    const [first, second, third] = within(region).getAllByRole('listitem').filter((item) => item.parentElement === region.querySelector('ol'));
    const citations = within(first!).getByRole('list', { name: 'Backed by' });
    expect(within(citations).getAllByRole('listitem').map((item) => item.getAttribute('value'))).toEqual(['1', '2']);
    expect(citations.textContent).toContain('“the contract was signed in March 2023” — Audit office report, B2');
    expect(within(citations).getAllByRole('link', { name: 'Audit office report' })[0]!.getAttribute('href')).toBe('/cases/case-harbour/sources/source-report?quote=quote-signed');
    expect(within(second!).getByRole('listitem').getAttribute('value')).toBe('2');
    expect(within(second!).getByRole('listitem').textContent).toContain('B3');
    expect(first!.textContent).not.toMatch(/Unsupported/);
    expect(third!.textContent).toContain('Unsupported: no quote backs it');
  });

  it('says when a claim rests on an orphaned quote', async () => {
    renderApp(fakeHost({ cases: [withClaims([signed], ['quote-signed'])] }), viewPath);
    const region = await screen.findByRole('region', { name: 'Claims (1)' }, loading);
    expect(region.textContent).toContain('Orphaned quote: its passage is no longer found in the source. Not verified.');
  });

  it('says so when there are no claims', async () => {
    renderApp(fakeHost({ cases: [sampleCase()] }), viewPath);
    const region = await screen.findByRole('region', { name: 'Claims (0)' }, loading);
    expect(region.textContent).toContain('No claims written.');
  });
});
