import { Outlet } from 'react-router';
import { CommandsProvider } from '../features/commands/command-registry';
import { CommandPalette } from '../features/commands/CommandPalette';
import { useMenuNavigation } from './menu-navigation';

/** Wraps every screen, the print view included, so menu commands and the command palette work wherever the user is. */
export function RootLayout() {
  useMenuNavigation();
  return (
    <CommandsProvider>
      <Outlet />
      <CommandPalette />
    </CommandsProvider>
  );
}
