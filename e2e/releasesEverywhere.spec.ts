import { expect, test } from '@playwright/test';
import { shot, signInAsGuest, waitForBackend } from './helpers';
import { mcpRoundTrip } from './mcp';
import { dryRunDemoTemplate } from './scaffolder';
import { searchForRelease } from './search';

const BACKEND = 'http://localhost:7007';

/*
 * Releases where the rest of the portal works (issue 18): an assistant over MCP, a software template
 * and the search box.
 * Runs after the release flow (files run in name order on one worker), so that the draft the
 * assistant plans for the cart service is not in that flow's screenshots.
 */
test('releases reach assistants over MCP, software templates and the portal’s search', async ({
  page,
}) => {
  await test.step('sign in as the guest', async () => {
    await waitForBackend(page);
    await signInAsGuest(page);
  });

  await test.step('an MCP client lists the releases tools, reads releases and plans one as the guest', async () => {
    // Fetched now, once the catalog holds the organisation: the guest's groups are in the token.
    const refresh = await page.request.get(`${BACKEND}/api/auth/guest/refresh`);
    const token = (await refresh.json()).backstageIdentity.token;
    const trip = await mcpRoundTrip({ backendUrl: BACKEND, token });
    expect(Object.keys(trip.releaseTools).sort()).toEqual([
      'get-freeze-status',
      'get-release',
      'list-releases',
      'plan-release',
      'report-check-result',
      'set-checklist-item-state',
    ]);
    expect(trip.listed.releases.length).toBeGreaterThan(0);
    // The write is in the API, as the assistant planned it.
    expect(trip.stored.status).toBe(200);
    expect(trip.stored.body.id).toBe(trip.planned.release.id);
    expect(trip.stored.body.status).toBe('draft');
    expect(trip.stored.body.title).toBe(trip.planned.release.title);
  });

  await test.step('the demo template “New service with its first release plan” dry-runs through the scaffolder API', async () => {
    const refresh = await page.request.get(`${BACKEND}/api/auth/guest/refresh`);
    const token = (await refresh.json()).backstageIdentity.token;
    const run = await dryRunDemoTemplate({ backendUrl: BACKEND, token });
    const status = Object.fromEntries(run.steps.map(s => [s.id, s.status]));
    // No git host in the demo: publishing and registering are skipped; the releases steps run dry.
    expect(status).toEqual({
      fetch: 'completed',
      'not-frozen': 'completed',
      publish: 'skipped',
      register: 'skipped',
      plan: 'completed',
    });
    expect(run.files.some(f => f.endsWith('catalog-info.yaml'))).toBe(true);
  });

  await test.step('searching the portal for a release’s title finds it and opens its page', async () => {
    const found = await searchForRelease(page, 'Identity session hardening');
    expect(found.text).toContain('Identity session hardening');
    expect(found.link).toMatch(/^\/releases\/[^/]+$/);
    await shot(page, 'search-releases');
    await page.goto(found.link);
    await expect(
      page.getByRole('heading', { name: /Identity session hardening/ }),
    ).toBeVisible();
  });
});
