import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { matchingCommands } from './command-match';
import { useCommandRegistry, type Command } from './command-registry';
import { describeShortcut } from './shortcuts';

/**
 * Ctrl/⌘+K: every command the screens on view offer, filtered as you type. Arrow keys move, Enter runs, Escape
 * closes and gives focus back to where it was (the native dialog does that).
 */
export function CommandPalette() {
  const { commands, paletteOpen, setPaletteOpen } = useCommandRegistry();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const native = typeof element.showModal === 'function';
    if (paletteOpen && !element.open) {
      if (native) element.showModal();
      else element.setAttribute('open', '');
    } else if (!paletteOpen && element.open) {
      if (native) element.close();
      else element.removeAttribute('open');
    }
  }, [paletteOpen]);
  return (
    <dialog
      ref={dialog}
      aria-label="Command palette"
      onClose={() => setPaletteOpen(false)}
      onCancel={(event) => {
        event.preventDefault();
        setPaletteOpen(false);
      }}
      className="mx-auto mt-[12vh] w-full max-w-lg rounded-lg border border-stone-200 bg-white p-0 text-stone-900 shadow-2xl backdrop:bg-stone-900/40"
    >
      {paletteOpen && <PaletteBody commands={commands} onDone={() => setPaletteOpen(false)} />}
    </dialog>
  );
}

function PaletteBody({ commands, onDone }: { readonly commands: readonly Command[]; readonly onDone: () => void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [refusal, setRefusal] = useState<string>();
  const listId = useId();
  const matches = useMemo(() => matchingCommands(commands, query), [commands, query]);
  const current = Math.min(active, Math.max(0, matches.length - 1));
  const run = (command: Command | undefined) => {
    if (!command) return;
    if (command.disabledReason) {
      setRefusal(`${command.title}: ${command.disabledReason}`);
      return;
    }
    onDone();
    // After the dialog has closed and focus went back, so a command that moves focus keeps it.
    setTimeout(command.run, 0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + matches.length) % Math.max(1, matches.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(matches[current]);
    }
  };
  const optionId = (index: number) => `${listId}-${index}`;
  return (
    <div className="flex max-h-[70vh] flex-col">
      <input
        autoFocus
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={matches.length > 0 ? optionId(current) : undefined}
        aria-label="Type a command"
        placeholder="Type a command…"
        className="w-full rounded-t-lg border-b border-stone-200 px-4 py-3 text-base outline-none focus-visible:bg-amber-50"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setRefusal(undefined);
        }}
        onKeyDown={onKeyDown}
      />
      {refusal && (
        <p role="alert" className="border-b border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900">
          {refusal}
        </p>
      )}
      <ul id={listId} role="listbox" aria-label="Commands" className="min-h-0 flex-1 overflow-y-auto py-1">
        {matches.length === 0 && <li className="px-4 py-3 text-sm text-stone-500">No command matches “{query}”.</li>}
        {matches.map((command, index) => (
          <li
            key={command.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === current}
            aria-disabled={command.disabledReason ? true : undefined}
            className={`flex cursor-pointer items-center gap-3 px-4 py-2 text-sm ${index === current ? 'bg-stone-800 text-white' : ''} ${command.disabledReason ? 'opacity-60' : ''}`}
            onMouseMove={() => setActive(index)}
            onClick={() => run(command)}
          >
            <span className="min-w-0 flex-1 truncate">{command.title}</span>
            <span className={`text-xs ${index === current ? 'text-stone-300' : 'text-stone-500'}`}>{command.group}</span>
            {command.shortcut && (
              <kbd className={`rounded border px-1.5 text-xs ${index === current ? 'border-stone-500' : 'border-stone-300 text-stone-600'}`}>
                {describeShortcut(command.shortcut)}
              </kbd>
            )}
          </li>
        ))}
      </ul>
      <p className="border-t border-stone-200 px-4 py-2 text-xs text-stone-500">↑↓ to choose · Enter to run · Esc to close</p>
    </div>
  );
}
