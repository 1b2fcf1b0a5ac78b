import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiProvider } from '../../../renderer/api';
import { CastScreen } from '../../../renderer/features/entities/CastScreen';
import { castMentionLimit, type CaseFile } from '../../../shared';
import { dealCase, withCalls } from '../shared/entities-case';
import { oneCaseHost } from './support/fake-host';

afterEach(cleanup);

function renderCast(options: { readOnly?: boolean; file?: CaseFile } = {}) {
  const host = oneCaseHost(options.file ?? dealCase());
  const element = <CastScreen caseId="case-deal" readOnly={options.readOnly ?? false} />;
  const router = createMemoryRouter([{ path: '/cases/:caseId/cast', element }], { initialEntries: ['/cases/case-deal/cast'] });
  render(
    <ApiProvider api={host.api}>
      <RouterProvider router={router} />
    </ApiProvider>,
  );
  return { host, user: userEvent.setup({ delay: null }) };
}

const card = (name: string) => screen.getByRole('article', { name });
// Plain selectors here: role queries over hundreds of cards are slow in jsdom.
const cardNames = (kind: string) =>
  [...document.querySelectorAll(`section[aria-labelledby="cast-${kind}"] article h3`)].map((heading) => heading.textContent);

describe('the cast of characters screen', () => {
  it('lists everyone grouped by kind, with aliases, description, incidents with roles and the quotes naming them', async () => {
    renderCast();
    await screen.findByRole('heading', { name: 'People, organisations and places' });
    expect(cardNames('person')).toEqual(['Ivan Petrov', 'Minister of Ports', 'Иван Петров', 'محمد']);
    expect(cardNames('organisation')).toEqual(['Harbour Holdings']);
    const ivan = card('Иван Петров');
    expect(within(ivan).getByText('Ivan · Иван')).toBeTruthy();
    expect(within(ivan).getByText('Seen at the port.')).toBeTruthy();
    const signing = within(ivan).getByRole('link', { name: 'Deal signed' });
    expect(signing.getAttribute('href')).toBe('/cases/case-deal/incidents/incident-signing');
    expect(signing.parentElement?.textContent).toContain('as Official and Perpetrator');
    expect(within(ivan).getByText('“По словам ИВАНА, ИВАН ПЕТРОВ был там.”')).toBeTruthy();
    expect(within(ivan).getAllByRole('link', { name: 'Port ledger' })).toHaveLength(3);
    expect(within(card('محمد')).queryByText(/محمدي/)).toBeNull();
  });

  it('reads every quote naming an entity when asked for more than the cast carries', async () => {
    const { host, user } = renderCast({ file: withCalls(dealCase(), castMentionLimit + 5) });
    const ivan = await screen.findByRole('article', { name: 'Ivan Petrov' });
    expect(within(ivan).getAllByRole('listitem').filter((item) => item.querySelector('blockquote'))).toHaveLength(castMentionLimit);
    await user.click(within(ivan).getByRole('button', { name: `Show all ${castMentionLimit + 7} quotes` }));
    await waitFor(() => expect(within(ivan).getAllByRole('link', { name: 'Call log' })).toHaveLength(castMentionLimit + 5));
    expect(within(ivan).getAllByRole('link', { name: 'Port ledger' })).toHaveLength(2);
    expect(host.callsTo('entity.get')[0]?.input).toEqual({ caseId: 'case-deal', entityId: 'entity-ivan' });
  });

  it('shows a long group fifty cards at a time', async () => {
    const file = dealCase();
    const stamp = file.entities[0]!;
    const places = Array.from({ length: 60 }, (_, index) => ({ ...stamp, id: `entity-place-${index}`, kind: 'place' as const, name: `Quay ${String(index).padStart(2, '0')}`, aliases: [] }));
    const { user } = renderCast({ file: { ...file, entities: [...file.entities, ...places] } });
    await screen.findByText('Places (61)');
    expect(cardNames('place')).toHaveLength(50);
    await user.click(screen.getByText('Show 11 more of 61 places'));
    expect(cardNames('place')).toHaveLength(61);
    expect(screen.queryByText(/more of 61 places/)).toBeNull();
  });

  it('filters by name, alias or description, in any script', async () => {
    const { user } = renderCast();
    await user.type(await screen.findByRole('searchbox', { name: /Filter/ }), 'иван');
    expect(cardNames('person')).toEqual(['Иван Петров']);
    expect(screen.getByText('No organisations match the filter.')).toBeTruthy();
    await user.clear(screen.getByRole('searchbox', { name: /Filter/ }));
    await user.type(screen.getByRole('searchbox', { name: /Filter/ }), 'IVAN');
    expect(cardNames('person')).toEqual(['Ivan Petrov', 'Иван Петров']);
  });

  it('edits an entity from the keyboard, saving its aliases cleaned, and Escape leaves the form without saving', async () => {
    const { host, user } = renderCast();
    const edit = within(await screen.findByRole('article', { name: 'Harbour Holdings' })).getByRole('button', { name: 'Edit' });
    edit.focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(within(card('Harbour Holdings')).getByRole('button', { name: 'Edit' }));
    await user.keyboard('{Enter}');
    await user.type(screen.getByRole('textbox', { name: /Also known as/ }), 'HH{Enter}hh{Enter}{Enter}Harbour Holdings SA');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(card('Harbour Holdings')).getByText('HH · Harbour Holdings SA')).toBeTruthy());
    expect(host.callsTo('entity.update')).toHaveLength(1);
    expect(host.file().entities.find((entity) => entity.id === 'entity-holdings')?.aliases).toEqual(['HH', 'Harbour Holdings SA']);
  });

  it('refuses a new entity without a name next to the field, without calling the host', async () => {
    const { host, user } = renderCast();
    await user.click(await screen.findByRole('button', { name: 'Add person, organisation or place' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Must not be empty.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /Name/ }));
    expect(host.callsTo('entity.create')).toEqual([]);
  });

  it('merges after showing what will move, and the merged entity’s incidents and notes appear on the kept one', async () => {
    const { host, user } = renderCast();
    await user.click(within(await screen.findByRole('article', { name: 'Ivan Petrov' })).getByRole('button', { name: 'Merge…' }));
    const dialog = screen.getByRole('dialog', { name: 'Merge “Ivan Petrov” with another person' });
    const choices = within(dialog).getAllByRole('option').map((option) => option.textContent);
    expect(choices).toEqual(['Choose…', 'Minister of Ports (also The minister)', 'Иван Петров (also Ivan, Иван)', 'محمد (also محمد الأحمد)']);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'The same as' }), 'entity-ivan-cyrillic');
    expect(dialog.textContent).toContain('“Ivan Petrov” gains the aliases “Иван Петров”, “Иван”.');
    expect(dialog.textContent).toContain('2 incidents will name “Ivan Petrov” instead: Port visit (as Witness); Deal signed (as Official and Perpetrator).');
    expect(dialog.textContent).toContain('1 note on “Иван Петров” will be on “Ivan Petrov”.');
    await user.click(within(dialog).getByRole('button', { name: 'Merge “Иван Петров” into “Ivan Petrov”' }));

    await waitFor(() => expect(screen.queryByRole('article', { name: 'Иван Петров' })).toBeNull());
    expect(host.callsTo('entity.merge')[0]?.input).toEqual({ caseId: 'case-deal', keepId: 'entity-ivan', mergeId: 'entity-ivan-cyrillic' });
    const kept = card('Ivan Petrov');
    expect(within(kept).getByRole('link', { name: 'Port visit' })).toBeTruthy();
    expect(within(kept).getByText(/2 notes/)).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('can keep the other entity instead, and shows a refused merge in the dialog, which stays open', async () => {
    const { host, user } = renderCast();
    host.fail('entity.merge', { code: 'storage-failed', message: 'The case file could not be written: disk full.' });
    await user.click(within(await screen.findByRole('article', { name: 'Ivan Petrov' })).getByRole('button', { name: 'Merge…' }));
    const dialog = screen.getByRole('dialog');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'The same as' }), 'entity-ivan-cyrillic');
    await user.click(within(dialog).getByRole('radio', { name: '“Иван Петров”' }));
    await user.click(within(dialog).getByRole('button', { name: 'Merge “Ivan Petrov” into “Иван Петров”' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('disk full');
    expect(host.callsTo('entity.merge')[0]?.input).toMatchObject({ keepId: 'entity-ivan-cyrillic', mergeId: 'entity-ivan' });
    expect(host.file().entities).toHaveLength(6);
  });

  it('disables every edit control when the case is read-only', async () => {
    renderCast({ readOnly: true });
    await screen.findByRole('heading', { name: 'People, organisations and places' });
    const controls = screen.getAllByRole('button').filter((button) => /^(Edit|Merge…|Add person)/.test(button.textContent ?? ''));
    expect(controls.length).toBeGreaterThan(10);
    expect(controls.every((button) => (button as HTMLButtonElement).disabled)).toBe(true);
  });
});
