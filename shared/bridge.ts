import { z } from 'zod';
import type { Invoke } from './contract';
import { attachmentTargetSchema } from './domain/attachment';
import { idSchema } from './domain/common';
import type { AttachedFile } from './operations/attachments';
import { paperSizes, type PaperSize } from './print/print-options';
import type { Failure, Result } from './result';

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

/**
 * What the page sends with a print or an export: the paper it is laid out for. The PDF takes the size from the page's
 * @page rule (preferCSSPageSize) and this is the fallback; the print dialog has no other way to know it, and opens on
 * it instead of the printer's default. Absent (an older page), the dialog keeps the printer's default.
 */
export const printPageRequestSchema = z.strictObject({ paper: z.enum(paperSizes).optional() });
export const exportPagePdfRequestSchema = printPageRequestSchema.extend({ suggestedName: z.unknown() });

/** What the page may ask the shell to attach to or open: ids only; a page that adds a path is refused, not ignored. */
export const attachFilesRequestSchema = z.strictObject({ caseId: idSchema, target: attachmentTargetSchema });
export type AttachFilesRequest = z.infer<typeof attachFilesRequestSchema>;
export const openAttachmentRequestSchema = z.strictObject({ caseId: idSchema, attachmentId: idSchema });
export type OpenAttachmentRequest = z.infer<typeof openAttachmentRequestSchema>;

/** A chosen file that was not attached: its name (not its path) and why. */
export interface FileNotAttached {
  readonly name: string;
  readonly error: Failure;
}

/** Each chosen file is attached or refused on its own: one that fails never undoes the others. */
export type AttachOutcome =
  | { readonly attached: readonly AttachedFile[]; readonly failed: readonly FileNotAttached[] }
  | { readonly cancelled: true };

/**
 * `viewer`: the system's viewer for its type opened a read-only copy. `folder`: the file could run as a program or
 * load pages from the network when opened, so its copy was shown in the file manager instead.
 */
export type OpenOutcome = { readonly openedIn: 'viewer' | 'folder' };

/** What only a desktop shell can do: print, save as PDF, relay menu commands, attach and open files. */
export interface ShellBridge {
  /** Opens the system print dialog for the current page (the print view of a summary) on the chosen paper. */
  printPage(paper?: PaperSize): Promise<Result<{ printed: boolean }>>;
  /** Asks where to save, then writes the current page as PDF on the chosen paper. */
  exportPagePdf(suggestedName: string, paper?: PaperSize): Promise<Result<ExportOutcome>>;
  /** Calls the listener for each menu command; returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Asks which files to attach (the system's open dialog), then copies each into the case. */
  attachFiles(request: AttachFilesRequest): Promise<Result<AttachOutcome>>;
  /** Opens a read-only copy of an attachment with the system's viewer for its type. */
  openAttachment(request: OpenAttachmentRequest): Promise<Result<OpenOutcome>>;
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
  attachFiles: 'shell:attach-files',
  openAttachment: 'shell:open-attachment',
} as const;

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}
