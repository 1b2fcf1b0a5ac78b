import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    env: { ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent' },
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/crash/**/*.test.ts'],
          exclude: ['tests/unit/renderer/**'],
          server: { deps: { inline: ['electron-store'] } },
          // Crash and storage tests run real file systems and child processes; two cores shared by both projects.
          testTimeout: 15_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/unit/renderer/**/*.test.{ts,tsx}'],
          // Whole screens rendered in jsdom, walked with user-event: several seconds each when the cores are shared.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
