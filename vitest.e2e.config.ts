import { defineConfig } from 'vitest/config';
import ValidHtmlLast from './e2e/sequencer';

/**
 * Browser end-to-end tests: the built app on a free port (e2e/global-setup.ts), driven by Debian's
 * chromium through playwright-core. Run with `npm run test:e2e` (scripts/e2e.mjs).
 */
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One server, one browser at a time: the files run one after the other.
    fileParallelism: false,
    // …and the W3C Nu checker's file last: it checks the HTML of the page states the others kept.
    sequence: { sequencer: ValidHtmlLast },
  },
});
