import type { Invoke } from './contract';
import type { Result } from './result';

/** Commands the native menu sends to the window; the renderer decides what each does on the current screen. */
export const menuCommands = [
  'open-library',
  'new-case',
  'new-incident',
  'print-summary',
  'export-summary-pdf',
  'undo',
  'redo',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

export type ExportOutcome = { readonly saved: string } | { readonly cancelled: true };

/** What only a desktop shell can do: print the page on screen, save it as PDF, relay menu commands. */
export interface ShellBridge {
  /** Opens the system print dialog for the current page (the print view of a summary). */
  printPage(): Promise<Result<{ printed: boolean }>>;
  /** Asks where to save, then writes the current page as PDF. */
  exportPagePdf(suggestedName: string): Promise<Result<ExportOutcome>>;
  /** Calls the listener for each menu command; returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** The one object the Electron preload exposes as `window.dossier`. */
export interface DossierBridge {
  readonly invoke: Invoke;
  readonly shell: ShellBridge;
}

/** IPC channel names of the shell, kept apart from the core's contract channels. */
export const shellChannels = {
  printPage: 'shell:print-page',
  exportPagePdf: 'shell:export-page-pdf',
  menuCommand: 'shell:menu-command',
} as const;

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}
