import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { matchingCommands } from '../../../renderer/features/commands/command-match';
import { CommandsProvider, useCommands, type Command } from '../../../renderer/features/commands/command-registry';
import { CommandPalette } from '../../../renderer/features/commands/CommandPalette';
import { describeShortcut, matchesShortcut, parseShortcut } from '../../../renderer/features/commands/shortcuts';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

function Offers({ commands }: { readonly commands: readonly Command[] }) {
  const stable = useMemo(() => commands, [commands]);
  useCommands(stable);
  return null;
}

function renderPalette(commands: readonly Command[]) {
  const user = userEvent.setup();
  const view = render(
    <CommandsProvider>
      <Offers commands={commands} />
      <CommandPalette />
    </CommandsProvider>,
  );
  return { user, ...view };
}

const command = (title: string, extra: Partial<Command> = {}): Command => ({ id: title, title, group: 'Case', run: vi.fn(), ...extra });

describe('shortcuts', () => {
  it('match Mod as Ctrl off a Mac and ⌘ on one, by key position so Alt and other layouts do not break them', () => {
    const shortcut = parseShortcut('Mod+Alt+N');
    const ctrlAltN = new KeyboardEvent('keydown', { code: 'KeyN', key: '˜', ctrlKey: true, altKey: true });
    expect(matchesShortcut(ctrlAltN, shortcut, false)).toBe(true);
    expect(matchesShortcut(ctrlAltN, shortcut, true)).toBe(false);
    const cyrillic = new KeyboardEvent('keydown', { code: 'KeyN', key: 'т', metaKey: true, altKey: true });
    expect(matchesShortcut(cyrillic, shortcut, true)).toBe(true);
    expect(matchesShortcut(new KeyboardEvent('keydown', { code: 'KeyN', ctrlKey: true }), shortcut, false)).toBe(false);
  });

  it('are described the way each platform writes them', () => {
    expect(describeShortcut('Mod+Alt+N', false)).toBe('Ctrl+Alt+N');
    expect(describeShortcut('Mod+Shift+F', true)).toBe('⌘⇧F');
  });
});

describe('matching commands', () => {
  it('finds a command by the starts of its words, titles that begin with the first word first', () => {
    const commands = [command('Print summary'), command('New incident', { keywords: ['event'] }), command('Go to incidents', { group: 'Go to' })];
    expect(matchingCommands(commands, 'inc').map((found) => found.title)).toEqual(['New incident', 'Go to incidents']);
    expect(matchingCommands(commands, 'new inc').map((found) => found.title)).toEqual(['New incident']);
    expect(matchingCommands(commands, 'event').map((found) => found.title)).toEqual(['New incident']);
    expect(matchingCommands(commands, 'xyz')).toEqual([]);
  });
});

describe('the command palette', () => {
  it('opens with Ctrl+K, filters as you type, runs the chosen command with Enter and closes', async () => {
    const print = command('Print summary');
    const newIncident = command('New incident');
    const { user } = renderPalette([print, newIncident]);
    expect(screen.queryByRole('combobox')).toBeNull();
    await user.keyboard('{Control>}k{/Control}');
    const box = await screen.findByRole('combobox', { name: 'Type a command' });
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Print summaryCase', 'New incidentCase']);
    await user.type(box, 'new');
    expect(screen.getAllByRole('option')).toHaveLength(1);
    await user.keyboard('{Enter}');
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
    expect(newIncident.run).toHaveBeenCalledOnce();
    expect(print.run).not.toHaveBeenCalled();
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('moves with the arrow keys, wrapping around', async () => {
    const first = command('First');
    const second = command('Second');
    const { user } = renderPalette([first, second]);
    await user.keyboard('{Control>}k{/Control}');
    await screen.findByRole('combobox');
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('option', { selected: true }).textContent).toContain('Second');
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { selected: true }).textContent).toContain('First');
  });

  it('says why a command cannot run instead of running it', async () => {
    const blocked = command('New incident', { disabledReason: 'The case is read-only.' });
    const { user } = renderPalette([blocked]);
    await user.keyboard('{Control>}k{/Control}');
    await screen.findByRole('combobox');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('New incident: The case is read-only.');
    expect(blocked.run).not.toHaveBeenCalled();
  });

  it('runs a command from its shortcut, even from inside a text field, and not when disabled', () => {
    const search = command('Search the case', { shortcut: 'Mod+Shift+F' });
    const note = command('New note', { shortcut: 'Mod+Alt+M', disabledReason: 'Read-only.' });
    renderPalette([search, note]);
    fireEvent.keyDown(window, { code: 'KeyF', key: 'F', ctrlKey: true, shiftKey: true });
    expect(search.run).toHaveBeenCalledOnce();
    fireEvent.keyDown(window, { code: 'KeyM', key: 'm', ctrlKey: true, altKey: true });
    expect(note.run).not.toHaveBeenCalled();
    fireEvent.keyDown(window, { code: 'KeyF', key: 'f' });
    expect(search.run).toHaveBeenCalledOnce();
  });
});
