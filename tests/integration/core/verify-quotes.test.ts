import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleCase } from '../../../seeds';
import { call, openTestCore } from '../../support/core';
import { useTemporaryFolders } from '../../support/temporary-folder';

const temporaryFolder = useTemporaryFolders();
const caseId = sampleCase.case.id;

describe('“Verify case” checks every quote against its source’s text', () => {
  it('finds every quote of the sample case standing in its text', async () => {
    const core = await openTestCore(await temporaryFolder());
    const verification = await call(core, 'case.verify', { caseId });
    expect(verification).toMatchObject({ intact: true, problems: [], quotes: { total: 16, verified: 16, orphaned: 0 } });
    await core.close();
  });

  it('names a quote whose words were changed in the saved file outside Dossier', async () => {
    const folder = await temporaryFolder();
    const first = await openTestCore(folder);
    await call(first, 'case.verify', { caseId });
    await first.close();
    const snapshot = join(folder, 'cases', caseId, 'case.json');
    const saved = await readFile(snapshot, 'utf8');
    // Snapshots are ASCII JSON, so the words are found as written.
    expect(saved).toContain('at least 20 Iranian-sponsored plots');
    await writeFile(snapshot, saved.replaceAll('at least 20 Iranian-sponsored plots targeting British citizens since 2022.', 'at least 30 Iranian-sponsored plots targeting British citizens since 2022.'));

    const second = await openTestCore(folder);
    const verification = await call(second, 'case.verify', { caseId });
    expect(verification.intact).toBe(false);
    expect(verification.quotes).toEqual({ total: 16, verified: 15, orphaned: 0 });
    expect(verification.problems).toContainEqual(expect.stringMatching(/^The quote “authorities have disrupted at least 20 .*” does not match the text of “Ken McCallum/));
    await second.close();
  });
});
