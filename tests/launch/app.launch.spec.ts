import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from '../../electron/launcher/electron-binary';
import { sampleCase } from '../../seeds';
import type { DossierBridge } from '../../shared';

const projectRoot = resolve(import.meta.dirname, '../..');
// Found through node_modules/electron/path.txt, never require('electron'), which would try to download it.
const binary = findElectronBinary(projectRoot);
const bundles = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

const skipReason =
  'No Electron binary is installed (node_modules/electron/path.txt or the binary under dist/ is missing), so the ' +
  'desktop app cannot launch here. The e2e project drives the same UI through the browser host.';

test.beforeEach(() => {
  // The list reporter shows a skip without its reason; say it where the person running the tests will see it.
  if (binary === undefined) console.log(`launch test skipped: ${skipReason}`);
  test.skip(binary === undefined, skipReason);
});

test('the desktop app opens the library with the sample case, in a sandboxed page', async () => {
  const missing = bundles.filter((bundle) => !existsSync(join(projectRoot, bundle)));
  expect(missing, 'Build the app first: npm run build').toEqual([]);
  // A fresh home, so Electron's user folder, its preferences and the library all start empty (and get seeded).
  const home = await mkdtemp(join(tmpdir(), 'dossier-launch-'));
  const app = await electron.launch({
    executablePath: binary!,
    // Chromium refuses to start as root with its OS sandbox on, as in containers; the page sandbox stays on.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), projectRoot],
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), APPDATA: join(home, 'AppData') },
  });
  try {
    const window = await app.firstWindow();
    expect(window.url()).toMatch(/^app:\/\/dossier\//);
    await expect(window.getByRole('link', { name: sampleCase.case.name })).toBeVisible();
    const page = await window.evaluate(() => {
      const scope = globalThis as unknown as Record<string, unknown> & { dossier: DossierBridge };
      return {
        node: ['require', 'process', 'module', 'Buffer'].filter((name) => name in scope),
        bridge: Object.keys(scope.dossier).sort(),
      };
    });
    expect(page).toEqual({ node: [], bridge: ['invoke', 'shell'] });
  } finally {
    await app.close();
    await rm(home, { recursive: true, force: true });
  }
});
