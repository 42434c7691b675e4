import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions, demoPortal } from '../../e2e/demoPortal';

/*
 * The calendar's render time for 500 releases in headless Chromium (`./scripts/yarn.sh bench:render`).
 * Like the end-to-end tests (../../playwright.config.ts), it starts the demo portal on a fresh SQLite
 * database, and drives Debian's Chromium. It writes docs/calendar-render.md.
 */
export default defineConfig({
  testDir: '.',
  testMatch: 'calendarRender.spec.ts',
  outputDir: '../results/render/artifacts',
  timeout: 40 * 60_000,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  webServer: demoPortal({
    dataDirPrefix: 'releases-bench-render-',
    cwd: '../..',
  }),
  use: {
    baseURL: 'http://localhost:3000',
    viewport: { width: 1440, height: 900 },
    actionTimeout: 60_000,
    navigationTimeout: 120_000,
    launchOptions: chromiumLaunchOptions,
  },
});
