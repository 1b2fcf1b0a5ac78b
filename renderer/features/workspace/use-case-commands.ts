import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { useCommands, type Command } from '../commands/command-registry';
import type { UndoRedo } from '../case-status/use-undo-redo';

export const readOnlyReason = 'This case is open read-only in this window.';

/** What can be done anywhere in an open case, offered in the command palette and by shortcut. */
export function useCaseCommands(caseId: string, readOnly: boolean, undoRedo: UndoRedo): void {
  const navigate = useNavigate();
  const commands = useMemo<Command[]>(
    () => [
      {
        id: 'incident.new',
        title: 'New incident',
        group: 'Case',
        shortcut: 'Mod+Alt+N',
        keywords: ['add', 'event', 'create'],
        disabledReason: readOnly ? readOnlyReason : undefined,
        run: () => navigate(paths.newIncident(caseId)),
      },
      {
        id: 'source.new',
        title: 'New source',
        group: 'Case',
        shortcut: 'Mod+Alt+S',
        keywords: ['add', 'document', 'article', 'snapshot', 'create'],
        disabledReason: readOnly ? readOnlyReason : undefined,
        run: () => navigate(paths.newSource(caseId)),
      },
      {
        id: 'case.undo',
        title: undoRedo.undoLabel ? `Undo: ${undoRedo.undoLabel}` : 'Undo',
        group: 'Case',
        keywords: ['revert'],
        disabledReason: undoRedo.undoLabel ? undefined : 'There is nothing to undo.',
        run: () => undoRedo.run('undo'),
      },
      {
        id: 'case.redo',
        title: undoRedo.redoLabel ? `Redo: ${undoRedo.redoLabel}` : 'Redo',
        group: 'Case',
        disabledReason: undoRedo.redoLabel ? undefined : 'There is nothing to redo.',
        run: () => undoRedo.run('redo'),
      },
      {
        id: 'case.search',
        title: 'Search the case',
        group: 'Case',
        shortcut: 'Mod+Shift+F',
        keywords: ['find', 'look up'],
        run: () => navigate(paths.search(caseId)),
      },
      { id: 'go.case', title: 'Go to the case overview', group: 'Go to', keywords: ['sources', 'summary'], run: () => navigate(paths.case(caseId)) },
      { id: 'go.people', title: 'Go to people and organisations', group: 'Go to', keywords: ['cast', 'entities', 'places', 'merge'], run: () => navigate(paths.people(caseId)) },
      { id: 'go.history', title: 'Go to history', group: 'Go to', keywords: ['audit', 'verify', 'backups'], run: () => navigate(paths.history(caseId)) },
      { id: 'go.trash', title: 'Go to the trash', group: 'Go to', keywords: ['deleted', 'restore'], run: () => navigate(paths.trash(caseId)) },
      { id: 'print.summary', title: 'Print the case summary', group: 'Case', keywords: ['pdf', 'export', 'report'], run: () => navigate(paths.print(caseId)) },
      { id: 'print.pdf', title: 'Save the case summary as PDF', group: 'Case', keywords: ['export', 'report'], run: () => navigate(paths.print(caseId, 'pdf')) },
    ],
    [caseId, readOnly, undoRedo, navigate],
  );
  useCommands(commands);
}
