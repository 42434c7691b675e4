import { expect, type Page } from '@playwright/test';
import { DateTime } from 'luxon';
import { localInput, shot } from './helpers';

const API = 'http://localhost:7007/api/releases';

/** The guest's token, as a pipeline step would hold a token of its own. */
async function guestToken(page: Page): Promise<string> {
  const refresh = await page.request.get(
    'http://localhost:7007/api/auth/guest/refresh',
  );
  return (await refresh.json()).backstageIdentity.token;
}

/** A deployment report as `curl` sends it: no release named, so it matches the one in progress. */
async function reportDeployment(page: Page, token: string, component: string) {
  const res = await page.request.post(`${API}/deployments`, {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      entityRef: `component:default/${component}`,
      version: '9.9.0',
      environment: 'production',
      status: 'succeeded',
      url: `https://ci.example.com/deploy/${component}`,
    },
  });
  expect(res.status()).toBe(201);
  const { deployment } = await res.json();
  expect(deployment.releaseId).not.toBeNull();
}

/**
 * The cart service depends on session-lib, so the runbook puts session-lib first. The pipeline
 * deploys the cart service first anyway: the open page flags it at once, without a reload; once
 * session-lib follows, every component is in production and the page says since when.
 */
export async function deployOutOfOrder(page: Page) {
  const runbook = page.getByRole('list', { name: 'Runbook steps' });
  // Steps name components by their catalog titles.
  await expect(runbook.getByRole('listitem').first()).toContainText(
    'Session Library',
  );
  const navigations: string[] = [];
  page.on('framenavigated', frame => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  const token = await guestToken(page);

  await reportDeployment(page, token, 'cart-service');
  await expect(
    runbook.getByText('Deployed before session-lib, which it depends on'),
  ).toBeVisible();

  await reportDeployment(page, token, 'session-lib');
  await expect(
    page.getByText(/Every component is in production since/),
  ).toBeVisible();
  expect(navigations).toEqual([]);
  await shot(page, 'release-runbook');
}

/** The outcome, from the completion banner, with the time the deployments offer. */
export async function recordOfferedOutcome(page: Page) {
  const releaseId = page.url().split('/').pop();
  const execution = await (
    await page.request.get(`${API}/releases/${releaseId}/execution`, {
      headers: { Authorization: `Bearer ${await guestToken(page)}` },
    })
  ).json();
  expect(execution.complete).toBe(true);

  await page
    .getByRole('status')
    .filter({ hasText: 'Every component is in production' })
    .getByRole('button', { name: 'Record outcome' })
    .click();
  const outcome = page.getByRole('dialog');
  await expect(outcome.getByLabel('Released at')).toHaveValue(
    localInput(DateTime.fromISO(execution.releasedAt)),
  );
  await outcome.getByLabel('Success', { exact: true }).check();
  await outcome
    .getByLabel('Lessons learned')
    .fill('Smooth once session-lib followed; deploy in the runbook order.');
  await outcome.getByRole('button', { name: 'Save outcome' }).click();
  await expect(
    page.getByRole('button', { name: 'Amend outcome' }),
  ).toBeVisible();
  await expect(page.getByText('Released').first()).toBeVisible();
  await shot(page, 'release-outcome');
}
