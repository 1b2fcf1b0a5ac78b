import { describe, expect, it } from 'vitest';
import { browserTransfer } from '../../../renderer/api/upload';

/** Stands in for the network at its edge: records what was sent and lets the test play the host's part. */
class FakeRequest extends EventTarget {
  readonly upload = new EventTarget();
  readonly headers: Record<string, string> = {};
  method = '';
  url = '';
  body: unknown;
  aborted = false;
  status = 0;
  responseText = '';

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.aborted = true;
    this.dispatchEvent(new Event('abort'));
  }
  /** The host answers. */
  answer(status: number, body: string) {
    this.status = status;
    this.responseText = body;
    this.dispatchEvent(new Event('load'));
  }
  progress(loaded: number, total: number) {
    this.upload.dispatchEvent(new ProgressEvent('progress', { loaded, total, lengthComputable: true }));
  }
}

function transferWith(token = 'secret') {
  const requests: FakeRequest[] = [];
  const transfer = browserTransfer({
    token,
    createRequest: () => {
      const request = new FakeRequest();
      requests.push(request);
      return request as unknown as XMLHttpRequest;
    },
  });
  return { transfer, requests };
}

const target = { kind: 'source', id: 'source-report' } as const;

describe('uploading an attachment to the browser host', () => {
  it('sends the file itself as the body, with the token, its name and its type, and reports progress', async () => {
    const { transfer, requests } = transferWith();
    const file = new File(['%PDF-1.7 body'], 'Audit report.pdf', { type: 'application/pdf' });
    const progress: Array<[number, number]> = [];
    let sent = false;
    const upload = transfer.upload({ caseId: 'case-1', target, file, onProgress: (done, total) => progress.push([done, total]), onSent: () => (sent = true) });
    const [request] = requests;
    expect(request!.method).toBe('POST');
    expect(request!.url).toBe('/api/attachment.upload?caseId=case-1&kind=source&id=source-report&name=Audit+report.pdf');
    expect(request!.headers).toEqual({ 'x-dossier-token': 'secret', 'content-type': 'application/pdf' });
    expect(request!.body).toBe(file);
    request!.progress(5, 13);
    request!.upload.dispatchEvent(new Event('load'));
    expect(progress).toEqual([[5, 13]]);
    expect(sent).toBe(true);
    const attachment = { id: 'attachment-1', name: 'Audit report.pdf' };
    request!.answer(200, JSON.stringify({ ok: true, value: { attachment } }));
    expect(await upload.outcome).toEqual({ status: 'attached', value: { attachment } });
  });

  it('passes on the host’s refusal in its words', async () => {
    const { transfer, requests } = transferWith();
    const upload = transfer.upload({ caseId: 'case-1', target, file: new File(['x'], 'x.txt') });
    requests[0]!.answer(413, JSON.stringify({ ok: false, error: { code: 'invalid-input', message: 'The file is larger than 2 GB.' } }));
    expect(await upload.outcome).toEqual({ status: 'failed', error: { code: 'invalid-input', message: 'The file is larger than 2 GB.' } });
  });

  it('says so when the answer is not a result', async () => {
    const { transfer, requests } = transferWith();
    const upload = transfer.upload({ caseId: 'case-1', target, file: new File(['x'], 'x.txt') });
    requests[0]!.answer(502, '<html>Bad gateway</html>');
    expect(await upload.outcome).toMatchObject({ status: 'failed', error: { code: 'internal', message: expect.stringContaining('status 502') } });
  });

  it('cancels by aborting the request', async () => {
    const { transfer, requests } = transferWith();
    const upload = transfer.upload({ caseId: 'case-1', target, file: new File(['x'], 'x.txt') });
    upload.cancel();
    expect(requests[0]!.aborted).toBe(true);
    expect(await upload.outcome).toEqual({ status: 'cancelled' });
  });

  it('refuses a file over 2 GB, or a page without its token, without sending anything', async () => {
    const { transfer, requests } = transferWith();
    const huge = new File(['x'], 'huge.iso');
    Object.defineProperty(huge, 'size', { value: 2 * 1024 ** 3 + 1 });
    expect(await transfer.upload({ caseId: 'case-1', target, file: huge }).outcome).toEqual({
      status: 'failed',
      error: { code: 'invalid-input', message: '“huge.iso” is larger than 2 GB, the most an attachment may be; nothing was sent.' },
    });
    const withoutToken = transferWith('');
    expect(await withoutToken.transfer.upload({ caseId: 'case-1', target, file: new File(['x'], 'x.txt') }).outcome).toMatchObject({ status: 'failed', error: { code: 'unauthorized' } });
    expect([...requests, ...withoutToken.requests]).toEqual([]);
  });

  it('links each attachment to a download carrying the token in its query', () => {
    expect(transferWith().transfer.fileUrl('case-1', 'attachment-1')).toBe('/api/attachment.file?caseId=case-1&attachmentId=attachment-1&token=secret');
  });
});
