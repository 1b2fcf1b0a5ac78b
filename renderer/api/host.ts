import type { DossierBridge } from '../../shared';

declare global {
  interface Window {
    /** Present only inside the Electron shell, exposed by its preload script. */
    readonly dossier?: DossierBridge;
  }
}

/** The Electron bridge when the page runs in the desktop shell; undefined in the browser host. */
export function desktopBridge(): DossierBridge | undefined {
  return typeof window === 'undefined' ? undefined : window.dossier;
}
