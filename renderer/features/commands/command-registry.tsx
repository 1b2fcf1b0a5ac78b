import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { matchesShortcut, parseShortcut } from './shortcuts';

/** An action the user can run from the command palette and, when it has one, from its keyboard shortcut. */
export interface Command {
  /** Unique while registered; a screen re-registering the same id replaces the older one. */
  readonly id: string;
  readonly title: string;
  /** Where it belongs, shown beside it: "Case", "Incident", "Source", "Go to". */
  readonly group: string;
  /** "Mod+Alt+N" — see shortcuts.ts. */
  readonly shortcut?: string;
  /** More words the palette should match, such as "note" for "Add annotation". */
  readonly keywords?: readonly string[];
  /** Why it cannot run now, if it cannot (a read-only case, nothing selected); shown instead of running. */
  readonly disabledReason?: string;
  readonly run: () => void;
}

interface Registry {
  readonly commands: readonly Command[];
  register(owner: symbol, commands: readonly Command[]): void;
  unregister(owner: symbol): void;
  readonly paletteOpen: boolean;
  setPaletteOpen(open: boolean): void;
}

const RegistryContext = createContext<Registry | undefined>(undefined);

const paletteShortcut = parseShortcut('Mod+K');

/** True when typing goes into a field; shortcuts with a modifier still work there, as in any desktop app. */
function shortcutsAllowed(event: KeyboardEvent): boolean {
  return event.ctrlKey || event.metaKey || event.altKey;
}

/**
 * Holds the commands the screens on view offer, runs their shortcuts, and opens the palette with Ctrl/⌘+K. One
 * keydown listener serves every shortcut, so a shortcut and its palette entry can never disagree.
 */
export function CommandsProvider({ children }: { readonly children: ReactNode }) {
  const [owners, setOwners] = useState<ReadonlyMap<symbol, readonly Command[]>>(new Map());
  const [paletteOpen, setPaletteOpen] = useState(false);
  const register = useCallback((owner: symbol, commands: readonly Command[]) => {
    setOwners((previous) => new Map(previous).set(owner, commands));
  }, []);
  const unregister = useCallback((owner: symbol) => {
    setOwners((previous) => {
      const next = new Map(previous);
      next.delete(owner);
      return next;
    });
  }, []);
  const commands = useMemo(() => {
    const byId = new Map<string, Command>();
    for (const list of owners.values()) for (const command of list) byId.set(command.id, command);
    return [...byId.values()];
  }, [owners]);
  const latest = useRef(commands);
  useEffect(() => {
    latest.current = commands;
  }, [commands]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!shortcutsAllowed(event) || event.defaultPrevented) return;
      if (matchesShortcut(event, paletteShortcut)) {
        event.preventDefault();
        setPaletteOpen((open) => !open);
        return;
      }
      const command = latest.current.find((candidate) => candidate.shortcut && matchesShortcut(event, parseShortcut(candidate.shortcut)));
      if (!command || command.disabledReason) return;
      event.preventDefault();
      command.run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  const registry = useMemo<Registry>(
    () => ({ commands, register, unregister, paletteOpen, setPaletteOpen }),
    [commands, register, unregister, paletteOpen],
  );
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

export function useCommandRegistry(): Registry {
  const registry = useContext(RegistryContext);
  if (!registry) throw new Error('useCommandRegistry needs a CommandsProvider above it.');
  return registry;
}

/**
 * Offers commands while the calling component is on screen. Pass a memoized list: a new list re-registers.
 * Works without a provider (a screen rendered alone in a test), doing nothing.
 */
export function useCommands(commands: readonly Command[]): void {
  const registry = useContext(RegistryContext);
  const [owner] = useState(() => Symbol('commands'));
  const register = registry?.register;
  const unregister = registry?.unregister;
  useEffect(() => {
    register?.(owner, commands);
  }, [register, owner, commands]);
  useEffect(() => () => unregister?.(owner), [unregister, owner]);
}
