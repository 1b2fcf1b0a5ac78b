import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { describeShortcut } from '../features/commands/shortcuts';
import { SettingsDialog } from '../features/preferences/SettingsDialog';
import { paths } from './paths';
import { useAppCommands } from './use-app-commands';

const navItem = ({ isActive }: { isActive: boolean }) =>
  `block rounded px-2.5 py-1.5 text-sm font-medium ${isActive ? 'bg-stone-700 text-white' : 'text-stone-200 hover:bg-stone-700/60'}`;

/**
 * When a new screen replaces the one that held the focus (a command from the palette, a saved form), the focus would
 * fall to the page itself, and the next Tab would start wherever the browser left off. It goes to the screen instead,
 * so Tab starts at its top. A screen that puts the cursor somewhere itself (a form's first field) keeps it there.
 */
function useFocusOnNewScreen(main: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  useEffect(() => {
    const focused = document.activeElement;
    if (focused === null || focused === document.body) main.current?.focus({ preventScroll: true });
  }, [main, pathname]);
}

/** The app's frame: a sidebar with navigation and settings, the current screen beside it. */
export function AppShell() {
  const [settingsOpen, setSettingsOpen] = useState(false);
  const main = useRef<HTMLElement>(null);
  useFocusOnNewScreen(main);
  const openSettings = useCallback(() => setSettingsOpen(true), []);
  useAppCommands(openSettings);
  return (
    <div className="flex h-screen overflow-hidden">
      <aside className="flex w-52 shrink-0 flex-col bg-stone-800 px-3 py-4 text-stone-100">
        <p className="px-2.5 text-lg font-semibold tracking-tight text-white">Dossier</p>
        <p className="px-2.5 text-xs text-stone-400">Offline case files</p>
        <nav aria-label="Main" className="mt-6">
          <ul className="space-y-1">
            <li>
              <NavLink to={paths.library()} end className={navItem}>
                Case library
              </NavLink>
            </li>
          </ul>
        </nav>
        <div className="mt-auto space-y-3">
          <button type="button" className="w-full rounded px-2.5 py-1.5 text-left text-sm text-stone-200 hover:bg-stone-700/60" onClick={() => setSettingsOpen(true)}>
            Settings
          </button>
          <p className="px-2.5 text-xs leading-snug text-stone-400">
            <kbd className="rounded border border-stone-600 px-1">{describeShortcut('Mod+K')}</kbd> finds every command
          </p>
          <p className="px-2.5 text-xs leading-snug text-stone-400">Everything stays on this computer. Dossier makes no network requests.</p>
        </div>
      </aside>
      <main ref={main} tabIndex={-1} className="min-w-0 flex-1 overflow-y-auto">
        <Outlet />
      </main>
      <SettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
    </div>
  );
}
