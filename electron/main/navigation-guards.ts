import { app, type Event, type WebContents } from 'electron';
import { isAppUrl } from './app-origin';

function denyForeignNavigation(event: Event<{ url: string }>): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

/** No page may open windows, attach webviews, or navigate or redirect away from the app's own origin. */
export function guardWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', denyForeignNavigation);
  contents.on('will-redirect', denyForeignNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Guards every web contents the app ever creates, the main window's included, before it loads anything. */
export function setupNavigationGuards(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}
