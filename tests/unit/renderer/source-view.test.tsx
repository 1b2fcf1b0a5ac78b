import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeHost } from './support/fake-host';
import { reportText, sampleCase } from './support/fixtures';
import { renderApp } from './support/render-app';

const sourcePath = '/cases/case-harbour/sources/source-report';

describe('the source view', () => {
  it('shows the metadata, with the address as text and never as a link', async () => {
    const { container } = renderApp(fakeHost({ cases: [sampleCase()] }), sourcePath);
    expect(await screen.findByRole('heading', { level: 1, name: 'Audit office report' })).toBeTruthy();
    expect(screen.getByText('https://example.org/report')).toBeTruthy();
    expect(container.querySelector('a[href^="http"]')).toBeNull();
    expect(screen.getByText('November 2023')).toBeTruthy();
  });

  it('marks every quote in the snapshot text, cutting overlaps into segments, without changing the text', async () => {
    const { container } = renderApp(fakeHost({ cases: [sampleCase()] }), sourcePath);
    const snapshot = await screen.findByRole('region', { name: 'Snapshot text' });
    const marks = [...snapshot.querySelectorAll('mark')];
    expect(marks.map((mark) => mark.textContent)).toEqual([
      'The minister said ',
      'the contract',
      ' was signed in March 2023',
      'Officials later denied that any contract existed at all.',
    ]);
    expect(marks.map((mark) => mark.dataset.depth)).toEqual(['1', '2', '1', '1']);
    expect(within(snapshot).getByText(/minister/).closest('div')!.textContent).toBe(reportText);
    expect(container.querySelectorAll('mark[tabindex="0"]')).toHaveLength(3);
  });

  it('shows a quote’s credibility and incidents when its highlight is chosen with the keyboard', async () => {
    const { user } = renderApp(fakeHost({ cases: [sampleCase()] }), sourcePath);
    const denial = await screen.findByRole('button', { name: 'Officials later denied that any contract existed at all.' });
    denial.focus();
    await user.keyboard('{Enter}');
    const details = screen.getByRole('region', { name: 'Selected quote' });
    expect(within(details).getByText('Doubtful')).toBeTruthy();
    expect(within(details).getByRole('link', { name: 'Denial by officials' }).getAttribute('href')).toBe(
      '/cases/case-harbour/incidents/incident-denial',
    );
  });

  it('selects the innermost quote where quotes overlap, and names the other', async () => {
    const { user } = renderApp(fakeHost({ cases: [sampleCase()] }), sourcePath);
    await user.click(await screen.findByRole('button', { name: 'the contract' }));
    const details = screen.getByRole('region', { name: 'Selected quote' });
    expect(within(details).getByText('“The minister said the contract”')).toBeTruthy();
    await user.click(within(details).getByRole('button', { name: /the contract was signed/ }));
    expect(within(screen.getByRole('region', { name: 'Selected quote' })).getByText('Probably true')).toBeTruthy();
  });

  it('opens with the quote named in the address selected', async () => {
    renderApp(fakeHost({ cases: [sampleCase()] }), `${sourcePath}?quote=quote-signed`);
    const details = await screen.findByRole('region', { name: 'Selected quote' });
    expect(within(details).getByText('“the contract was signed in March 2023”')).toBeTruthy();
  });
});
