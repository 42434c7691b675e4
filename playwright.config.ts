import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions, demoPortal } from './e2e/demoPortal';

/*
 * End-to-end tests of the demo portal in a real browser: Debian's Chromium (playwright's own browser
 * downloads are not possible here), against the portal started by the test run on a fresh SQLite
 * database with the demo data. Screenshots land in e2e-results/screenshots.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'e2e-results/artifacts',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  workers: 1,
  retries: 0,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'e2e-results/report' }],
  ],
  webServer: demoPortal({ dataDirPrefix: 'releases-e2e-' }),
  use: {
    baseURL: 'http://localhost:3000',
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
});
