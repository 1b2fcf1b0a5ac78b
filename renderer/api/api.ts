import { failure, type DossierBridge, type Invoke, type MenuCommand } from '../../shared';
import { desktopAttachments, type AttachmentHost } from './attachments';
import { desktopBridge } from './host';
import { createHttpInvoke, tokenFromSearch } from './http-transport';
import { browserPrinting, desktopPrinting, type Printing } from './printing';
import { browserTransfer } from './upload';

export type MenuListener = (command: MenuCommand) => void;

/** Everything the UI may ask of its host. Components reach it through `useApi()`, so tests can pass a fake. */
export interface Api {
  /** Calls one channel of the contract; the answer is always a `Result`. */
  readonly call: Invoke;
  readonly printing: Printing;
  /** How files are attached and opened; undefined where the host has no way to take files. */
  readonly attachments?: AttachmentHost;
  /** Listens to the native menu; the browser host has none, so there it never calls back. */
  readonly onMenuCommand: (listener: MenuListener) => () => void;
}

const ignoreMenu = () => () => {};

/** A failed IPC call (a closed window, a crashed main process) becomes a failure value, never a thrown error. */
function neverThrows(invoke: Invoke): Invoke {
  return (channel, input) =>
    invoke(channel, input).catch((error: unknown) =>
      failure('internal', `The desktop shell did not answer "${channel}" (${String(error)}). Restart Dossier and try again.`),
    );
}

export function desktopApi(bridge: DossierBridge): Api {
  return {
    call: neverThrows(bridge.invoke),
    printing: desktopPrinting(bridge.shell),
    attachments: desktopAttachments(bridge.shell),
    onMenuCommand: (listener) => bridge.shell.onMenuCommand(listener),
  };
}

/** The browser host: the contract over HTTP on the page's own origin, printing through the browser, files uploaded. */
export function browserApi(call: Invoke, print: () => void = () => window.print(), attachments?: AttachmentHost): Api {
  return { call, printing: browserPrinting(print), attachments, onMenuCommand: ignoreMenu };
}

/** Picks the Electron bridge when present, otherwise the browser host's HTTP transport. */
export function hostApi(): Api {
  const bridge = desktopBridge();
  if (bridge) return desktopApi(bridge);
  const token = tokenFromSearch(window.location.search);
  const call = createHttpInvoke({ token, fetch: (...request) => window.fetch(...request) });
  return browserApi(call, undefined, browserTransfer({ token }));
}
