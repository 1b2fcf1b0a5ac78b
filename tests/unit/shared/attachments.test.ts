import { describe, expect, it } from 'vitest';
import { applyChanges, caseFileSchema, invertChanges, type CaseFile } from '../../../shared';
import { attachFile, attachmentsOn, renameAttachment } from '../../../shared/operations/attachments';
import { sampleCase } from '../../../seeds';

const article = { kind: 'source', id: 'source-article' } as const;
const plot = { kind: 'incident', id: 'incident-2018-paris-rally-plot' } as const;
const sha256 = 'a'.repeat(64);

function environment() {
  let id = 0;
  return { now: () => new Date('2026-02-03T04:05:06.000Z'), newId: () => `attachment-${++id}` };
}

function applied(file: CaseFile, changes: Parameters<typeof applyChanges>[1]): CaseFile {
  const next = applyChanges(file, changes);
  if (!next.ok) throw new Error(next.error.message);
  return next.value;
}

describe('attaching a file', () => {
  it('records the file on its target with what was learnt of it, as one reversible change', () => {
    const attached = attachFile(sampleCase, article, { sha256, name: 'Audit report.PDF', bytes: 1234, mediaType: '' }, environment());
    if (!attached.ok) throw new Error(attached.error.message);
    const { attachment, notice } = attached.value.value;
    expect(attachment).toEqual({
      id: 'attachment-1',
      target: article,
      sha256,
      name: 'Audit report.PDF',
      bytes: 1234,
      mediaType: 'application/pdf',
      capturedAt: '2026-02-03T04:05:06.000Z',
      createdAt: '2026-02-03T04:05:06.000Z',
      updatedAt: '2026-02-03T04:05:06.000Z',
    });
    expect(notice).toBeUndefined();
    expect(attached.value.label).toBe('Attached “Audit report.PDF” to the source “Terror, Traffickers, and Tehran: Inside Iran’s Secret Criminal Army in Europe”');
    const after = applied(sampleCase, attached.value.changes);
    expect(caseFileSchema.safeParse(after).success).toBe(true);
    expect(attachmentsOn(after, article)).toEqual([attachment]);
    expect(applied(after, invertChanges(attached.value.changes)).attachments).toEqual(sampleCase.attachments);
  });

  it('keeps a hostile name only as a safe name, and says how it was changed', () => {
    const attached = attachFile(sampleCase, plot, { sha256, name: '../../CON\u0000.txt', bytes: 1, mediaType: 'text/plain' }, environment());
    if (!attached.ok) throw new Error(attached.error.message);
    expect(attached.value.value.attachment.name).toBe('_CON.txt');
    expect(attached.value.value.notice).toBe(
      'The file “../../CON\\u0000.txt” was attached as “_CON.txt”: control characters were removed; folder names, “/”, “\\” and “..” were removed, keeping only the file’s own name; “CON” is a device name Windows reserves, so “_” was put before it.',
    );
  });

  it('refuses a target the case does not hold', () => {
    const attached = attachFile(sampleCase, { kind: 'incident', id: 'incident-gone' }, { sha256, name: 'x.pdf', bytes: 1, mediaType: '' }, environment());
    expect(attached).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'target.id: This case has no incident with the id "incident-gone"; it may have been deleted.' },
    });
  });

  it('refuses the same content twice on one target, naming it, but allows it on another', () => {
    const first = attachFile(sampleCase, article, { sha256, name: 'scan.png', bytes: 10, mediaType: 'image/png' }, environment());
    if (!first.ok) throw new Error(first.error.message);
    const file = applied(sampleCase, first.value.changes);
    expect(attachFile(file, article, { sha256, name: 'copy.png', bytes: 10, mediaType: '' }, environment())).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('already attached to the source “Terror, Traffickers, and Tehran: Inside Iran’s Secret Criminal Army in Europe”, as “scan.png”') },
    });
    expect(attachFile(file, plot, { sha256, name: 'copy.png', bytes: 10, mediaType: '' }, environment()).ok).toBe(true);
  });
});

describe('renaming an attachment', () => {
  const file = (() => {
    const attached = attachFile(sampleCase, article, { sha256, name: 'scan.png', bytes: 10, mediaType: '' }, environment());
    if (!attached.ok) throw new Error(attached.error.message);
    return applied(sampleCase, attached.value.changes);
  })();

  it('renames it, keeping what the file is', () => {
    const renamed = renameAttachment(file, 'attachment-1', '  Harbour, aerial.png ', environment());
    if (!renamed.ok) throw new Error(renamed.error.message);
    expect(renamed.value.value).toMatchObject({ name: 'Harbour, aerial.png', sha256, bytes: 10, mediaType: 'image/png' });
    expect(renamed.value.label).toBe('Renamed attachment “scan.png” to “Harbour, aerial.png”');
  });

  it('refuses a typed name that is not a safe file name, saying why, rather than changing it silently', () => {
    expect(renameAttachment(file, 'attachment-1', 'sub/dir.png', environment())).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'name: “sub/dir.png” cannot be used as a file name: folder names, “/”, “\\” and “..” were removed, keeping only the file’s own name.',
      },
    });
    expect(renameAttachment(file, 'attachment-1', 'nul', environment())).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('says so when the attachment is gone', () => {
    expect(renameAttachment(file, 'attachment-9', 'x.png', environment())).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
