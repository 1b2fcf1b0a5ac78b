import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useCommands, type Command } from '../features/commands/command-registry';
import { paths } from './paths';

/** Commands that work from any screen: the library, a new case, settings. */
export function useAppCommands(openSettings: () => void): void {
  const navigate = useNavigate();
  const commands = useMemo<Command[]>(
    () => [
      { id: 'go.library', title: 'Go to the case library', group: 'Go to', keywords: ['cases', 'home', 'open'], run: () => navigate(paths.library()) },
      { id: 'case.new', title: 'New case', group: 'Library', keywords: ['create', 'add'], run: () => navigate(paths.newCase()) },
      { id: 'settings', title: 'Settings', group: 'Dossier', keywords: ['preferences', 'author', 'name'], run: openSettings },
    ],
    [navigate, openSettings],
  );
  useCommands(commands);
}
