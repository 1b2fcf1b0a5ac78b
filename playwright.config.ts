import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright cannot download its own browsers here, and the closed network floods an
// unconfigured Chromium with refused connections.
const chromium = {
  browserName: 'chromium' as const,
  headless: true,
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
};

// No webServer: each end-to-end test starts its own browser host on a fresh data folder (tests/e2e/fixtures.ts).
export default defineConfig({
  workers: 2,
  retries: 0,
  reporter: 'list',
  outputDir: 'test-results',
  globalSetup: './tests/e2e/global-setup.ts',
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'e2e', testDir: 'tests/e2e', use: chromium },
    { name: 'launch', testDir: 'tests/launch' },
  ],
});
