import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../../renderer/api';
import { QuoteComposer } from '../../../renderer/features/quoting/QuoteComposer';
import { reportText, sampleCase } from './support/fixtures';
import { oneCaseHost } from './support/fake-host';

afterEach(cleanup);

const incidents = [
  { id: 'incident-signing', title: 'Contract signed', date: '2023-03?' },
  { id: 'incident-denial', title: 'Denial by officials' },
];

function renderComposer(selection: { start: number; end: number }) {
  const host = oneCaseHost(sampleCase());
  const source = host.file().sources.find((candidate) => candidate.id === 'source-report')!;
  const onSaved = vi.fn();
  const onCancel = vi.fn();
  render(
    <ApiProvider api={host.api}>
      <QuoteComposer caseId="case-harbour" source={source} selection={selection} incidents={incidents} onSaved={onSaved} onCancel={onCancel} />
    </ApiProvider>,
  );
  return { host, onSaved, onCancel, user: userEvent.setup({ delay: null }) };
}

/** The selection of `passage` in the report, with the space before it and after it selected too. */
function paddedSelection(passage: string) {
  const start = reportText.indexOf(passage);
  return { start: start - 1, end: start + passage.length + 1 };
}

describe('the quote composer', () => {
  it('makes a quote entirely from the keyboard: credibility, two incidents, a locator, Ctrl+Enter', async () => {
    const { host, onSaved, user } = renderComposer(paddedSelection('Officials later denied'));
    expect(screen.getByText('“Officials later denied”')).toBeTruthy();
    const credibility = screen.getByRole('combobox', { name: 'Credibility' });
    expect(document.activeElement).toBe(credibility);
    expect(screen.getByRole('option', { name: '1 — Confirmed by other sources' })).toBeTruthy();
    expect(screen.getByText(/^6: Truth cannot be judged\./)).toBeTruthy();
    await user.selectOptions(credibility, '2');
    expect(screen.getByText(/^2: Probably true\./)).toBeTruthy();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Filter incidents' }));
    await user.tab();
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard('p. 4');
    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(host.callsTo('quote.create')[0]!.input).toEqual({
      caseId: 'case-harbour',
      quote: { sourceId: 'source-report', ...paddedSelection('Officials later denied'), credibility: 2, incidentIds: ['incident-signing', 'incident-denial'], locator: 'p. 4' },
    });
    const saved = host.file().quotes.at(-1)!;
    expect(onSaved.mock.calls[0]![0]).toEqual(saved);
    expect(saved.textQuote.exact).toBe('Officials later denied');
    expect(saved.textPosition.start).toBe(reportText.indexOf('Officials later denied'));
    expect(screen.getByRole('status').textContent).toBe('Quote saved');
  });

  it('cancels with Escape without saving anything', async () => {
    const { host, onCancel, user } = renderComposer(paddedSelection('the contract'));
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledOnce();
    expect(host.callsTo('quote.create')).toHaveLength(0);
  });

  it('refuses a selection of only spaces, saying why, without calling the host', async () => {
    const space = reportText.indexOf(' ');
    const { host, user } = renderComposer({ start: space, end: space + 1 });
    expect(screen.getByRole('alert').textContent).toMatch(/only spaces or line breaks/);
    expect((screen.getByRole('button', { name: 'Save quote' }) as HTMLButtonElement).disabled).toBe(true);
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(host.callsTo('quote.create')).toHaveLength(0);
  });

  it('shows the core’s refusal and keeps what was chosen', async () => {
    const { host, onSaved, user } = renderComposer(paddedSelection('the contract'));
    host.fail('quote.create', { code: 'storage-failed', message: 'The case file could not be written: disk full.' });
    await user.click(screen.getByRole('checkbox', { name: /Denial by officials/ }));
    await user.click(screen.getByRole('button', { name: 'Save quote' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Not saved\..*disk full/);
    expect(onSaved).not.toHaveBeenCalled();
    expect((screen.getByRole('checkbox', { name: /Denial by officials/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('narrows the incidents by words of their titles, and Enter in the filter does not save', async () => {
    const { host, user } = renderComposer(paddedSelection('the contract'));
    await user.type(screen.getByRole('searchbox', { name: 'Filter incidents' }), 'denial{Enter}');
    expect(screen.getAllByRole('checkbox').map((box) => box.parentElement!.textContent)).toEqual(['Denial by officials']);
    expect(host.callsTo('quote.create')).toHaveLength(0);
  });
});
