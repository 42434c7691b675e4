import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * End-to-end tests of the demo portal in a real browser: Debian's Chromium (playwright's own browser
 * downloads are not possible here), against the portal started by the test run on a fresh SQLite
 * database with the demo data. Screenshots land in e2e-results/screenshots.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'releases-e2e-'));

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
  webServer: {
    command: './scripts/yarn.sh dev',
    url: 'http://localhost:7007/.backstage/health/v1/readiness',
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      // A database of its own, and no configured freezes, so the flow does not depend on the date.
      APP_CONFIG_backend_database_connection_directory: dataDir,
      APP_CONFIG_releases_freezes: '[]',
      BROWSER: 'none',
    },
  },
  use: {
    baseURL: 'http://localhost:3000',
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
});
