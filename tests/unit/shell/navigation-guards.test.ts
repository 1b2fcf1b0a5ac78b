import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { guardWebContents, setupNavigationGuards } from '../../../electron/main/navigation-guards';
import { app, FakeWebContents } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

/** Emits a navigation event the way Electron does and reports whether the guard cancelled it. */
function isCancelled(contents: FakeWebContents, eventName: string, url: string): boolean {
  const event = { url, preventDefault: vi.fn() };
  contents.emit(eventName, event);
  return event.preventDefault.mock.calls.length > 0;
}

function guarded(): FakeWebContents {
  const contents = new FakeWebContents();
  guardWebContents(contents as unknown as WebContents);
  return contents;
}

describe('navigation guards', () => {
  it.each(['will-navigate', 'will-redirect'])('%s away from the app is cancelled', (eventName) => {
    const contents = guarded();
    expect(isCancelled(contents, eventName, 'https://example.com/')).toBe(true);
    expect(isCancelled(contents, eventName, 'file:///etc/passwd')).toBe(true);
    expect(isCancelled(contents, eventName, 'app://elsewhere/index.html')).toBe(true);
  });

  it('lets the app move within its own origin', () => {
    expect(isCancelled(guarded(), 'will-navigate', 'app://dossier/index.html#/cases/c1')).toBe(false);
  });

  it('denies every new window', () => {
    expect(guarded().windowOpenHandler?.({ url: 'app://dossier/index.html' })).toEqual({ action: 'deny' });
  });

  it('refuses to attach a webview', () => {
    const event = { preventDefault: vi.fn() };
    guarded().emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('guards every web contents the app creates', () => {
    setupNavigationGuards();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(isCancelled(contents, 'will-navigate', 'https://example.com/')).toBe(true);
  });
});
