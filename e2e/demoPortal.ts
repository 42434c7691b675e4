import type { PlaywrightTestConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * What the end-to-end tests and the calendar render benchmark share: the demo portal they start, and
 * the browser they drive (Debian's Chromium; playwright's own browser downloads are not possible here).
 */

/**
 * The demo portal as `yarn dev` runs it, on a fresh SQLite database of its own with the demo data and
 * no configured freezes, so that a run depends neither on earlier runs nor on the date.
 */
export function demoPortal(options: {
  dataDirPrefix: string;
  /** The repository root, relative to the config file using this. */
  cwd?: string;
}): NonNullable<PlaywrightTestConfig['webServer']> {
  return {
    command: './scripts/yarn.sh dev',
    cwd: options.cwd,
    url: 'http://localhost:7007/.backstage/health/v1/readiness',
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      APP_CONFIG_backend_database_connection_directory: mkdtempSync(
        join(tmpdir(), options.dataDirPrefix),
      ),
      APP_CONFIG_releases_freezes: '[]',
      BROWSER: 'none',
    },
  };
}

export const chromiumLaunchOptions = {
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
};
