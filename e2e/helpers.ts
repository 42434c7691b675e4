import { expect, type Page } from '@playwright/test';
import { DateTime } from 'luxon';

/** Screenshots go to e2e-results/screenshots, where the README picks them up. */
export async function shot(page: Page, name: string) {
  await page.screenshot({
    path: `e2e-results/screenshots/${name}.png`,
    fullPage: true,
  });
}

/** A value for a datetime-local input, in the browser's (and this machine's) zone. */
export function localInput(time: DateTime): string {
  return time.toFormat("yyyy-LL-dd'T'HH:mm");
}

/** Waits until the backend has started all plugins (the frontend dev server may be up before it). */
export async function waitForBackend(page: Page) {
  await expect
    .poll(
      async () =>
        (
          await page.request.get(
            'http://localhost:7007/.backstage/health/v1/readiness',
          )
        ).status(),
      { timeout: 240_000, intervals: [1000] },
    )
    .toBe(200);
}

export async function signInAsGuest(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
  // The demo's landing page is the catalog.
  await expect(
    page.getByRole('heading', { name: /Catalog/ }).first(),
  ).toBeVisible();
}
