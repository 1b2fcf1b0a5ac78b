import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleCase } from '../../../seeds';
import { caseFileSchema } from '../../../shared';
import { redactCase } from '../../../shared/print/redaction';
import { call, openTestCore } from '../../support/core';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();
const caseId = sampleCase.case.id;
const couple = 'entity-belgian-iranian-couple';
const partner = 'profile-partner';

async function lastLabel(folder: string): Promise<string | undefined> {
  const text = await readFile(join(folder, 'cases', caseId, 'journal.ndjson'), 'utf8');
  const lines = text.split('\n').filter(Boolean);
  return (JSON.parse(lines.at(-1)!) as { label: string }).label;
}

describe('the redaction channels', () => {
  it('lists the two profiles every case starts with, in the sample case and in a new one', async () => {
    const core = await openTestCore(await temporaryFolder());
    expect((await call(core, 'redaction.profiles', { caseId })).map((profile) => profile.name)).toEqual(['Partner', 'Public']);
    const created = await call(core, 'case.create', { name: 'Fresh case' });
    expect((await call(core, 'redaction.profiles', { caseId: created.id })).map((profile) => profile.name)).toEqual(['Partner', 'Public']);
    await core.close();
  });

  it('marks an entity sensitive in a journalled edit that undo and redo reverse and repeat', async () => {
    const folder = await temporaryFolder();
    const core = await openTestCore(folder);
    const marked = await call(core, 'redaction.mark', { caseId, target: { kind: 'entity', id: couple }, sensitive: true, releasedTo: [partner] });
    expect(marked.sensitivity).toEqual({ releasedTo: [partner] });
    expect(await lastLabel(folder)).toBe('Marked organisation “Belgian-Iranian couple” sensitive');
    const entityIn = async () => (await call(core, 'case.get', { caseId })).entities.find((entity) => entity.id === couple);
    expect((await entityIn())?.sensitivity).toEqual({ releasedTo: [partner] });

    expect(await call(core, 'case.undo', { caseId })).toEqual({ label: 'Undid: Marked organisation “Belgian-Iranian couple” sensitive' });
    expect((await entityIn())?.sensitivity).toBeUndefined();
    await call(core, 'case.redo', { caseId });
    expect((await entityIn())?.sensitivity).toEqual({ releasedTo: [partner] });
    await core.close();
  });

  it('leaves the marked entity out of what prints for Public, and keeps it for Partner', async () => {
    const core = await openTestCore(await temporaryFolder());
    await call(core, 'redaction.mark', { caseId, target: { kind: 'entity', id: couple }, sensitive: true, releasedTo: [partner] });
    const file = await call(core, 'case.get', { caseId });
    const forPublic = redactCase(file, 'profile-public');
    const forPartner = redactCase(file, partner);
    expect(forPublic.ok && forPublic.value.file.entities.some((entity) => entity.id === couple)).toBe(false);
    expect(forPublic.ok && forPublic.value.forbidden).toContain('Belgian-Iranian couple');
    expect(forPartner.ok && forPartner.value.file.entities.some((entity) => entity.id === couple)).toBe(true);
    await core.close();
  });

  it('creates, renames and deletes a profile; deleting takes it out of marks, and undo puts both back', async () => {
    const folder = await temporaryFolder();
    const core = await openTestCore(folder);
    const press = await call(core, 'redaction.createProfile', { caseId, profile: { name: 'Press' } });
    expect(press).toMatchObject({ name: 'Press', pseudonymize: true });
    await call(core, 'redaction.updateProfile', { caseId, profileId: press.id, profile: { name: 'Newspaper', pseudonymize: true } });
    expect(await lastLabel(folder)).toBe('Renamed the redaction profile “Press” to “Newspaper”');
    await call(core, 'redaction.mark', { caseId, target: { kind: 'entity', id: couple }, sensitive: true, releasedTo: [press.id, partner] });

    await call(core, 'redaction.deleteProfile', { caseId, profileId: press.id });
    let file = await call(core, 'case.get', { caseId });
    expect(file.redactionProfiles.map((profile) => profile.name)).toEqual(['Partner', 'Public']);
    expect(file.entities.find((entity) => entity.id === couple)?.sensitivity).toEqual({ releasedTo: [partner] });
    expect(caseFileSchema.safeParse(file).success).toBe(true);

    await call(core, 'case.undo', { caseId });
    file = await call(core, 'case.get', { caseId });
    expect(file.redactionProfiles.map((profile) => profile.name)).toContain('Newspaper');
    expect(file.entities.find((entity) => entity.id === couple)?.sensitivity).toEqual({ releasedTo: [press.id, partner] });
    await core.close();
  });

  it('refuses bad input with a message naming what is wrong, and changes nothing', async () => {
    const core = await openTestCore(await temporaryFolder());
    expect(await core.invoke('redaction.createProfile', { caseId, profile: { name: '   ' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('profile.name') },
    });
    expect(await core.invoke('redaction.createProfile', { caseId, profile: { name: 'partner' } })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await core.invoke('redaction.mark', { caseId, target: { kind: 'source', id: 'x' }, sensitive: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('target.kind') },
    });
    expect(
      await core.invoke('redaction.mark', { caseId, target: { kind: 'entity', id: couple }, sensitive: true, releasedTo: ['profile-gone'] }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('profile-gone') } });
    const file = await call(core, 'case.get', { caseId });
    expect(file.redactionProfiles).toHaveLength(2);
    expect(file.entities.every((entity) => entity.sensitivity === undefined)).toBe(true);
    await core.close();
  });

  it('opens a case written at schema 3 with the two profiles, marks in it, and keeps the marks after reopening', async () => {
    const folder = await temporaryFolder();
    const { redactionProfiles: _added, ...older } = sampleCase;
    await mkdir(join(folder, 'cases', caseId), { recursive: true });
    await writeFile(join(folder, 'cases', caseId, 'case.json'), JSON.stringify({ ...older, schemaVersion: 3 }));
    const core = await openTestCore(folder);
    expect((await call(core, 'redaction.profiles', { caseId })).map((profile) => profile.id)).toEqual([partner, 'profile-public']);
    await call(core, 'redaction.mark', { caseId, target: { kind: 'entity', id: couple }, sensitive: true, releasedTo: [partner] });
    await core.close();
    const snapshot = JSON.parse(await readFile(join(folder, 'cases', caseId, 'case.json'), 'utf8')) as { schemaVersion: number; redactionProfiles?: unknown[] };
    expect(snapshot.schemaVersion).toBe(4);
    expect(snapshot.redactionProfiles).toHaveLength(2);

    const reopened = await openTestCore(folder);
    const file = await call(reopened, 'case.get', { caseId });
    expect(file.redactionProfiles.map((profile) => profile.name)).toEqual(['Partner', 'Public']);
    expect(file.entities.find((entity) => entity.id === couple)?.sensitivity).toEqual({ releasedTo: [partner] });
    await reopened.close();
  });
});
