import { describe, expect, it } from 'vitest';
import { createHttpInvoke, tokenFromSearch } from '../../../renderer/api';

interface Sent {
  readonly url: string;
  readonly init: RequestInit | undefined;
}

/** A stand-in for `fetch` that records requests and answers with the given body and status. */
function stubFetch(answer: () => Response | Promise<Response>) {
  const sent: Sent[] = [];
  const fetch = (async (url: string | URL | Request, init?: RequestInit) => {
    sent.push({ url: String(url), init });
    return answer();
  }) as typeof globalThis.fetch;
  return { fetch, sent };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the HTTP transport', () => {
  it('posts the input to /api/<channel> with the launch token in its header', async () => {
    const { fetch, sent } = stubFetch(() => json({ ok: true, value: { deleted: 'a1' } }));
    const invoke = createHttpInvoke({ token: 'secret-token', fetch });
    await invoke('annotation.delete', { caseId: 'case-1', annotationId: 'a1' });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe('/api/annotation.delete');
    expect(sent[0]!.init?.method).toBe('POST');
    expect(new Headers(sent[0]!.init?.headers).get('x-dossier-token')).toBe('secret-token');
    expect(JSON.parse(String(sent[0]!.init?.body))).toEqual({ caseId: 'case-1', annotationId: 'a1' });
  });

  it('passes the host’s result through, success or failure, whatever the status code', async () => {
    const value = { authorName: 'Ada', recentCaseIds: [] };
    const succeeding = createHttpInvoke({ token: 't', fetch: stubFetch(() => json({ ok: true, value })).fetch });
    expect(await succeeding('preferences.get', {})).toEqual({ ok: true, value });

    const refusal = { ok: false, error: { code: 'unauthorized', message: 'The token does not match.' } };
    const failing = createHttpInvoke({ token: 't', fetch: stubFetch(() => json(refusal, 403)).fetch });
    expect(await failing('preferences.get', {})).toEqual(refusal);
  });

  it('turns a network failure into an internal failure that says what happened', async () => {
    const { fetch } = stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const result = await createHttpInvoke({ token: 't', fetch })('library.list', {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('internal');
    expect(result.error.message).toContain('could not reach');
    expect(result.error.message).toContain('Failed to fetch');
  });

  it('refuses an answer that is not a result', async () => {
    const notJson = createHttpInvoke({ token: 't', fetch: stubFetch(() => new Response('<html>', { status: 502 })).fetch });
    expect(await notJson('library.list', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    const notResult = createHttpInvoke({ token: 't', fetch: stubFetch(() => json({ cases: [] })).fetch });
    expect(await notResult('library.list', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('does not call the host without a token, and says how to get one', async () => {
    const { fetch, sent } = stubFetch(() => json({ ok: true, value: {} }));
    const result = await createHttpInvoke({ token: '', fetch })('library.list', {});
    expect(sent).toHaveLength(0);
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('reads the token from the page’s query string', () => {
    expect(tokenFromSearch('?token=abc-123')).toBe('abc-123');
    expect(tokenFromSearch('')).toBe('');
  });
});
