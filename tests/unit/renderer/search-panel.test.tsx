import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { success, type SearchHit } from '../../../shared';
import { ApiProvider } from '../../../renderer/api';
import { SearchPanel } from '../../../renderer/features/search/SearchPanel';
import { fakeHost, type FakeHost } from './support/fake-host';
import { answerOf, heldAnswer, hit } from './support/search-answers';

afterEach(cleanup);

const harbourHits = [
  hit('incident', 'incident-fire', 'Harbour fire in Rotterdam', 'A warehouse at the harbour burned.', 'harbour'),
  hit('incident', 'incident-dues', 'Harbour dues unpaid', 'The agent owed the harbour master.', 'harbour'),
  hit('entity', 'entity-port', 'Port of Rotterdam', 'Runs the harbour.', 'harbour'),
];

function renderPanel(host: FakeHost, debounceMilliseconds = 0) {
  const onOpen = vi.fn<(hit: SearchHit) => void>();
  render(
    <ApiProvider api={host.api}>
      <SearchPanel caseId="case-harbour" onOpen={onOpen} debounceMilliseconds={debounceMilliseconds} entities={[{ id: 'entity-smit', name: 'Jan Smit' }]} />
    </ApiProvider>,
  );
  return { onOpen, user: userEvent.setup({ delay: null }), box: screen.getByRole('combobox', { name: 'Search the case' }) };
}

describe('the search panel', () => {
  it('asks once for a burst of typing, then shows the results grouped by kind with counts and the words marked', async () => {
    const host = fakeHost({ search: () => success(answerOf(harbourHits, ['harbour'])) });
    const { user, box } = renderPanel(host, 300);
    await user.type(box, 'harbour');
    const incidents = await screen.findByRole('group', { name: /Incidents/ });
    expect(host.queries.map((query) => query.text)).toEqual(['harbour']);
    expect(within(incidents).getByRole('heading').textContent).toBe('Incidents2');
    expect(within(incidents).getAllByRole('option')).toHaveLength(2);
    const marks = within(incidents).getAllByText('Harbour', { selector: 'mark' });
    expect(marks).toHaveLength(2);
    expect(screen.getByRole('group', { name: /People, organisations and places/ })).toBeTruthy();
    expect(screen.queryByRole('group', { name: /Quotes/ })).toBeNull();
  });

  it('drops an answer that arrives after the answer to a newer query', async () => {
    const slow = heldAnswer(answerOf([hit('incident', 'incident-old', 'Stale answer about hats', '', 'ha')], ['ha']));
    const host = fakeHost({ search: (query) => (query.text === 'ha' ? slow.promise : success(answerOf(harbourHits, ['harbour']))) });
    const { user, box } = renderPanel(host);
    await user.type(box, 'ha');
    await waitFor(() => expect(host.queries.map((query) => query.text)).toContain('ha'));
    await user.type(box, 'rbour');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(3));
    slow.release();
    await slow.promise;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByText(/Stale answer/)).toBeNull();
    expect(screen.getAllByRole('option')).toHaveLength(3);
  });

  it('moves through the results with the arrow keys, keeping the focus in the box, and opens one with Enter or a click', async () => {
    const host = fakeHost({ search: () => success(answerOf(harbourHits, ['harbour'])) });
    const { user, box, onOpen } = renderPanel(host);
    await user.type(box, 'harbour');
    const options = await screen.findAllByRole('option');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[2]!.id);
    expect(options[2]!.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(box);
    await user.keyboard('{ArrowUp}{Enter}');
    expect(onOpen).toHaveBeenLastCalledWith(harbourHits[1]);
    await user.click(options[2]!);
    expect(onOpen).toHaveBeenLastCalledWith(harbourHits[2]);
  });

  it('says why nothing was found, and clears the box with Escape', async () => {
    const host = fakeHost({ search: (query) => success(answerOf([], query.text === 'the ' ? [] : ['zeppelin'])) });
    const { user, box } = renderPanel(host);
    await user.type(box, 'the ');
    expect((await screen.findByText(/too short or too common/)).textContent).toContain('“the”');
    await user.clear(box);
    await user.type(box, 'zeppelin');
    expect(await screen.findByText('Nothing in this case matches “zeppelin”.')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect((box as HTMLInputElement).value).toBe('');
    expect(await screen.findByText('Type to search the whole case, or choose filters.')).toBeTruthy();
  });

  it('lists what filters alone let through, and marks a date it cannot read without asking', async () => {
    const host = fakeHost({ search: () => success(answerOf(harbourHits.slice(0, 1), [])) });
    const { user } = renderPanel(host);
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    await user.click(screen.getByRole('checkbox', { name: 'Confirmed' }));
    await screen.findAllByRole('option');
    expect(host.queries.at(-1)).toMatchObject({ text: '', filters: { status: ['confirmed'] } });
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toBeTruthy();
    const asked = host.queries.length;
    await user.type(screen.getByRole('textbox', { name: 'From' }), 'last spring');
    expect(screen.getByRole('textbox', { name: 'From' }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Must be an EDTF date/)).toBeTruthy();
    expect(screen.getByText('Correct the filters marked above to search.')).toBeTruthy();
    expect(host.queries).toHaveLength(asked);
  });

  it('says when the word being typed begins too many words to search them all', async () => {
    const host = fakeHost({ search: () => success(answerOf(harbourHits.slice(0, 1), ['co'], { narrowed: ['co'] })) });
    const { user, box } = renderPanel(host);
    await user.type(box, 'co');
    expect(await screen.findByText('“co” begins too many words to search them all; these results are for the shortest. Type another letter.')).toBeTruthy();
    expect(screen.getAllByRole('option')).toHaveLength(1);
  });

  it('shows the core’s failure with its message', async () => {
    const host = fakeHost({ search: () => ({ ok: false, error: { code: 'not-found', message: 'There is no case with the id "case-harbour" in this library.' } }) });
    const { user, box } = renderPanel(host);
    await user.type(box, 'fire');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The search could not be made');
    expect(alert.textContent).toContain('no case with the id');
  });

  it('says how far indexing got and asks again until the index is complete', async () => {
    let asked = 0;
    const host = fakeHost({
      search: () => {
        asked += 1;
        return success(answerOf(harbourHits.slice(0, asked), ['harbour'], asked < 2 ? { indexing: { done: 250, total: 1000 } } : {}));
      },
    });
    const { user, box } = renderPanel(host);
    await user.type(box, 'harbour');
    expect(await screen.findByText(/Indexing the case for search: 25% done/)).toBeTruthy();
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2), { timeout: 2000 });
    expect(screen.queryByText(/Indexing the case/)).toBeNull();
  });
});
