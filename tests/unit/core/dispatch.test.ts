import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { success, type Handlers } from '../../../shared';

const context = { author: 'Test author' };

/** Handlers that record what reached them; only the channels a test calls are filled in. */
function recordingHandlers(overrides: Partial<Handlers>): Handlers {
  return overrides as Handlers;
}

describe('dispatch, the one door into the core', () => {
  it('passes validated input, with defaults filled in, to the handler', async () => {
    const received: unknown[] = [];
    const handlers = recordingHandlers({
      'case.create': async (input) => {
        received.push(input);
        return success({ id: 'x', name: input.name, summary: input.summary, createdAt: '', updatedAt: '' });
      },
    });
    await dispatch(handlers, 'case.create', { name: '  Trimmed  ' }, context);
    expect(received).toEqual([{ name: 'Trimmed', summary: '' }]);
  });

  it('never calls the handler with invalid input', async () => {
    let called = false;
    const handlers = recordingHandlers({
      'case.create': async () => {
        called = true;
        return success({ id: 'x', name: '', summary: '', createdAt: '', updatedAt: '' });
      },
    });
    const result = await dispatch(handlers, 'case.create', { name: 42 }, context);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('name') } });
    expect(called).toBe(false);
  });

  it('turns a thrown error into an internal failure naming the channel', async () => {
    const handlers = recordingHandlers({
      'library.list': async () => {
        throw new Error('disk on fire');
      },
    });
    expect(await dispatch(handlers, 'library.list', {}, context)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Dossier hit an unexpected problem on library.list: disk on fire' },
    });
  });

  it.each([['toString'], ['__proto__'], [42], [undefined]])('refuses %j as a channel name', async (channel) => {
    expect(await dispatch(recordingHandlers({}), channel, {}, context)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });
});
