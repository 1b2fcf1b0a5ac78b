import { useLocation, useMatch, useNavigate } from 'react-router';
import type { MenuCommand } from '../../shared';
import { useMenuCommands } from '../api';
import { printRequestSearch } from '../features/print/print-actions';
import { paths } from './paths';

/** Shown on the library when a menu command needs a case and none is open. */
export interface LibraryNotice {
  readonly notice: string;
}

/** Turns the desktop menu's commands into navigation; the print view performs `?action=print|pdf` itself. */
export function useMenuNavigation(): void {
  const navigate = useNavigate();
  const location = useLocation();
  const caseId = useMatch('/cases/:caseId/*')?.params.caseId;
  const onPrintView = useMatch('/cases/:caseId/print') !== null;
  useMenuCommands((command: MenuCommand) => {
    // Undo and Redo belong to the open case (see use-undo-redo); with no case open they can only undo typing.
    if (command === 'undo' || command === 'redo') {
      if (!caseId) document.execCommand(command);
      return;
    }
    if (command === 'open-library') return navigate(paths.library());
    if (command === 'new-case') return navigate(paths.newCase());
    if (!caseId) {
      const notice: LibraryNotice = { notice: 'Open a case first, then choose the command again.' };
      return navigate(paths.library(), { state: notice });
    }
    if (command === 'new-incident') return navigate(paths.newIncident(caseId));
    const action = command === 'print-summary' ? 'print' : 'pdf';
    // On the print view the request keeps the builder's choices, which live in the URL's search params.
    if (onPrintView) return navigate({ pathname: location.pathname, search: printRequestSearch(location.search, action) });
    return navigate(paths.print(caseId, action));
  });
}
