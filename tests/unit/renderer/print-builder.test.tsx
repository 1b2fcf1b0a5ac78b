import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { oneCaseHost } from './support/fake-host';
import { caseWithIncidents, sampleCase } from './support/fixtures';
import { renderApp } from './support/render-app';

const printPath = (query = '') => `/cases/case-harbour/print${query}`;

async function openPrint(file = sampleCase(), query = '') {
  const host = oneCaseHost(file);
  const view = renderApp(host, printPath(query));
  await waitFor(() => expect(document.querySelector('[data-print-ready="true"]')).not.toBeNull());
  return view;
}

const printed = () => screen.getByRole('article', { name: 'Printed summary' });
const settings = () => screen.getByRole('form', { name: 'Print settings' });
// A plain selector: role queries over a thousand-node page are too slow to poll.
const incidentHeadings = () =>
  [...document.querySelectorAll('article h2')].map((heading) => heading.textContent ?? '').filter((text) => /^\d+\. /.test(text));

// The whole print route in jsdom takes seconds a test on a loaded machine.
describe('the print builder', { timeout: 20_000 }, () => {
  it('prints every section and incident by default, marked TLP:AMBER', async () => {
    await openPrint();
    expect(within(printed()).getByRole('heading', { level: 1, name: 'Harbour contract' })).toBeTruthy();
    expect(printed().textContent).toContain('TLP:AMBER');
    expect(incidentHeadings()).toEqual(['1. Contract signed', '2. Denial by officials']);
    for (const name of ['Contents', 'Chronology', 'People and organisations', 'Source register', "Notes and analysts' judgements", 'Appendix of attachments']) {
      expect(within(printed()).getByRole('heading', { level: 2, name }), name).toBeTruthy();
    }
  });

  it('re-renders the preview as sections are turned off, and keeps the choice in the address', async () => {
    const { user, router } = await openPrint();
    await user.click(within(settings()).getByRole('checkbox', { name: 'People and organisations' }));
    expect(within(printed()).queryByRole('heading', { name: 'People and organisations' })).toBeNull();
    expect(router.state.location.search).toMatch(/sections=cover%2Ccontents%2Cchronology%2Cincidents%2Csources/);
    await user.selectOptions(within(settings()).getByRole('combobox', { name: 'Marking' }), 'TLP:RED');
    expect(printed().textContent).toContain('TLP:RED');
    expect(new URLSearchParams(router.state.location.search).get('marking')).toBe('TLP:RED');
  });

  it('narrows the incidents by status, tag and date, and says so when none is left', async () => {
    const { user } = await openPrint();
    await user.click(within(settings()).getByRole('checkbox', { name: 'Disputed' }));
    expect(incidentHeadings()).toEqual(['1. Denial by officials']);
    expect(printed().textContent).toContain('1 incident of 2');
    await user.click(within(settings()).getByRole('checkbox', { name: 'Disputed' }));
    await user.type(within(settings()).getByRole('textbox', { name: /Dated to/ }), '2023-01');
    expect(incidentHeadings()).toEqual([]);
    expect(printed().textContent).toContain('No incident matches the selection.');
  });

  it('reads options from the address, and falls back with a visible note on bad ones', async () => {
    await openPrint(sampleCase(), '?marking=SECRET&paper=Letter&status=confirmed');
    expect(within(settings()).getByRole('alert').textContent).toMatch(/"marking" \("SECRET"\).*the default is used instead/);
    expect(printed().textContent).toContain('TLP:AMBER');
    expect(within(settings()).getByRole('radio', { name: 'Letter' })).toHaveProperty('checked', true);
    expect(printed().textContent).toContain('No incident matches the selection.');
  });

  it('prints a clear summary of a case with no incidents', async () => {
    await openPrint({ ...sampleCase(), incidents: [], quotes: [], annotations: [] });
    expect(printed().textContent).toContain('This case has no incidents yet.');
    expect(printed().textContent).toContain('0 incidents of 0');
  });

  it('prints markup in any field as text, and notes as sanitized markdown', async () => {
    const file = sampleCase({ incidentTitle: '<img src=x onerror=alert(1)> **Bold** signing' });
    await openPrint(file);
    expect(incidentHeadings()).toContain('1. <img src=x onerror=alert(1)> **Bold** signing');
    expect(printed().querySelector('img')).toBeNull();
    const judgement = within(printed()).getAllByRole('complementary', { name: "Analyst's judgement" })[0]!;
    expect(judgement.querySelector('strong')?.textContent).toBe('date');
  });
});

describe('a large case', () => {
  it('is laid out a slice at a time with progress, printing only once every incident is there', async () => {
    const host = oneCaseHost(caseWithIncidents(150));
    renderApp(host, printPath());
    const status = await screen.findByText(/Preparing \d+ of 152 incidents…/);
    expect(status).toBeTruthy();
    expect(screen.getByRole('button', { name: /Print/ })).toHaveProperty('disabled', true);
    expect(document.querySelector('[data-print-ready="true"]')).toBeNull();
    await waitFor(() => expect(document.querySelector('[data-print-ready="true"]')).not.toBeNull(), { timeout: 20_000 });
    expect(incidentHeadings()).toHaveLength(152);
    expect(screen.getByRole('button', { name: /Print/ })).toHaveProperty('disabled', false);
  }, 30_000);

  it('can be stopped, and then cannot be printed until it is continued', async () => {
    const host = oneCaseHost(caseWithIncidents(250));
    const { user } = renderApp(host, printPath());
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText(/Stopped at \d+ of 252 incidents/)).toBeTruthy();
    const shown = incidentHeadings().length;
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(incidentHeadings()).toHaveLength(shown);
    expect(screen.getByRole('button', { name: /Print/ })).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(incidentHeadings()).toHaveLength(252), { timeout: 40_000 });
  }, 60_000);
});
