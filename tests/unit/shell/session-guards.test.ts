import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { guardSession, isAllowedRequestUrl } from '../../../electron/main/session-guards';
import { FakeSession } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

function guardedSession(): FakeSession {
  const session = new FakeSession();
  guardSession(session as unknown as Session);
  return session;
}

describe('session guards', () => {
  it('denies every permission request and check', () => {
    const session = guardedSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      const callback = vi.fn();
      session.permissionRequestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.permissionCheckHandler?.({}, permission, 'app://dossier', {})).toBe(false);
    }
  });

  it('cancels every request that is not for the app itself', () => {
    const session = guardedSession();
    const answer = (url: string) => {
      const callback = vi.fn();
      session.beforeRequestHandler?.({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(answer('https://tracker.example/pixel.gif')).toEqual({ cancel: true });
    expect(answer('http://127.0.0.1:8080/')).toEqual({ cancel: true });
    expect(answer('file:///etc/passwd')).toEqual({ cancel: true });
    expect(answer('app://dossier/assets/app.js')).toEqual({ cancel: false });
  });

  it('allows inline images the CSP permits', () => {
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequestUrl('not a url')).toBe(false);
  });
});
