import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * The calendar's render time for 500 releases in headless Chromium (`./scripts/yarn.sh bench:render`).
 * Like the end-to-end tests (../../playwright.config.ts), it starts the demo portal on a fresh SQLite
 * database, and drives Debian's Chromium. It writes docs/calendar-render.md.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'releases-bench-render-'));

export default defineConfig({
  testDir: '.',
  testMatch: 'calendarRender.spec.ts',
  outputDir: '../results/render/artifacts',
  timeout: 40 * 60_000,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  webServer: {
    command: './scripts/yarn.sh dev',
    cwd: '../..',
    url: 'http://localhost:7007/.backstage/health/v1/readiness',
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      APP_CONFIG_backend_database_connection_directory: dataDir,
      APP_CONFIG_releases_freezes: '[]',
      BROWSER: 'none',
    },
  },
  use: {
    baseURL: 'http://localhost:3000',
    viewport: { width: 1440, height: 900 },
    actionTimeout: 60_000,
    navigationTimeout: 120_000,
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
