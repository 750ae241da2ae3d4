import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit tests run in Node (linkedom or happy-dom per file); browser tests
// (tests/browser) build the extension and drive Debian's Chromium, so they get
// long timeouts and run one file at a time.
export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // Long synchronous rows must not starve vitest's worker messages (see the file).
          setupFiles: ['tests/helpers/yield-between-tests.ts'],
          // A hang guard, not a speed check (speed lives in npm run bench): whole-article
          // rows and the command line's child processes need more than 5 s on a loaded machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
