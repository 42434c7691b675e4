import { expect, test, type Page } from '@playwright/test';
import { DateTime } from 'luxon';
import { expectNoAxeViolations } from './axe';
import { deployOutOfOrder, recordOfferedOutcome } from './execution';
import { localInput, shot, signInAsGuest, waitForBackend } from './helpers';

/*
 * The life of a release, as people do it in the demo portal: the guest (a member of the checkout
 * team) plans a release of the cart service and a dependency of it from the cart service's Releases
 * tab, ticks the checklist until it is ready, records a go decision, starts it, has a pipeline deploy
 * it (out of order, then complete), records the outcome and finds it on the calendar. Each step is a test.step, so a failure says which one broke.
 */
test('plan a release from a component, make it ready, run it and find it on the calendar', async ({
  page,
}) => {
  test.setTimeout(600_000);
  // The release window: two days from now, 10:00 to 12:00 in the browser's time.
  const start = DateTime.now().plus({ days: 2 }).set({ hour: 10, minute: 0 });

  await test.step('sign in as the guest', async () => {
    await waitForBackend(page);
    await signInAsGuest(page);
  });
  await test.step('a planned demo release’s insights speak of titles and local times, not refs and ISO strings', () =>
    readPlannedReleaseInsights(page));
  await test.step('the component’s Releases tab shows its seeded releases', () =>
    openEntityReleasesTab(page));
  const releaseUrl =
    await test.step('plan a release of the cart service and session-lib from the tab', () =>
      planRelease(page, start));
  await test.step('a pipeline reports the cart service’s tests passed: the open page ticks the item without a reload', () =>
    reportTestsPassed(page));
  await test.step('tick every open item until the release is ready', () =>
    tickUntilReady(page));
  await test.step('mark it planned', () => markPlanned(page));
  await test.step('record a go decision', () => recordGo(page));
  await test.step('start it', () => startRelease(page));
  await test.step('a pipeline deploys the cart service ahead of session-lib: the open runbook flags it, then shows it complete', () =>
    deployOutOfOrder(page));
  await test.step('record the outcome at the time the deployments offer, which finishes it', () =>
    recordOfferedOutcome(page));
  await test.step('find it on the calendar, in the month of its window', () =>
    findOnCalendar(page, start));
  await test.step('find it on the timeline of the same month', () =>
    findOnTimeline(page));
  await test.step('reach it by keyboard in the month view and open it with Enter', () =>
    openFromCalendarByKeyboard(page, releaseUrl));
});

/** The release on the calendar, named by what its chip shows. */
const calendarEvent = (page: Page) =>
  page.getByRole('link', { name: /^Cart e2e 9\.9\.0 · / });

async function openEntityReleasesTab(page: Page) {
  await page.goto('/catalog/default/component/cart-service');
  await page
    .getByRole('main')
    .getByText('Releases', { exact: true })
    .first()
    .click();
  await expect(page).toHaveURL(
    /\/catalog\/default\/component\/cart-service\/releases/,
  );
  await expect(page.getByText('Cart 4.0.0').first()).toBeVisible();
  await shot(page, 'entity-releases-tab');
  await expectNoAxeViolations(page, 'entity Releases tab');
}

/** An entity ref as the API gives it, and an ISO 8601 timestamp: neither belongs in a sentence. */
const ENTITY_REF =
  /\b(component|group|api|system|user|resource):[\w-]+\/[\w-]+/;
const ISO_TIME = /\d{4}-\d{2}-\d{2}T\d{2}:/;

/**
 * The seeded Checkout 2.4.0 is planned, depends on releases of the payments and identity teams that
 * end after it starts, and shares a component with Payments SDK 3.0.0 in its window: its insights
 * have conflicts and warnings to word.
 */
async function readPlannedReleaseInsights(page: Page) {
  await page.goto('/catalog/default/component/checkout-service/releases');
  await page.getByRole('link', { name: 'Checkout 2.4.0' }).first().click();
  await expect(page).toHaveURL(/\/releases\/[0-9a-f-]{36}$/);
  const insights = page.getByRole('region', { name: 'Release insights' });
  await expect(
    insights.getByText(/^\d+ conflicts?( and \d+ warnings?)?\.$/),
  ).toBeVisible();
  await expect(
    insights.getByText('Conflict', { exact: true }).first(),
  ).toBeVisible();
  const text = await insights.innerText();
  expect(text).not.toMatch(ENTITY_REF);
  expect(text).not.toMatch(ISO_TIME);
  await shot(page, 'release-insights');
}

/** Plans "Cart e2e 9.9.0" of the cart service and session-lib; returns the release page's URL. */
async function planRelease(page: Page, start: DateTime): Promise<string> {
  await page.getByRole('button', { name: 'Plan a release' }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel('Title').fill('Cart e2e');
  await form.getByLabel('Version').fill('9.9.0');
  await form.getByLabel('Window start').fill(localInput(start));
  await form
    .getByLabel('Window end')
    .fill(localInput(start.plus({ hours: 2 })));
  const components = form.getByLabel('Components');
  await components.click();
  await components.fill('session-lib');
  await page.getByRole('option', { name: /session-lib/ }).click();
  await form.getByRole('button', { name: 'Plan release' }).click();

  await expect(page).toHaveURL(/\/releases\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Cart e2e 9.9.0').first()).toBeVisible();
  await expect(
    page.getByRole('main').getByText('session-lib', { exact: true }).first(),
  ).toBeVisible();
  // The catalog module's checks settle the owner items now rather than at their scheduled run.
  await page.getByRole('button', { name: 'Re-run checks' }).click();
  await expect(
    page.getByRole('checkbox', {
      name: 'Done: Owner recorded in the catalog (cart-service)',
    }),
  ).toBeChecked();
  await expect(
    page.getByRole('button', { name: 'Re-run checks' }),
  ).toBeEnabled();
  await shot(page, 'release-page');
  await expectNoAxeViolations(page, 'release page');
  return page.url();
}

/**
 * A pipeline's report, as `curl` sends it (here with the guest's token: the guest may tick the cart
 * service's items). The backend signals the change and the open page ticks the automated item.
 */
async function reportTestsPassed(page: Page) {
  const item = page.getByRole('checkbox', {
    name: 'Done: Automated tests pass on the release candidate (cart-service)',
  });
  await expect(item).not.toBeChecked();
  const navigations: string[] = [];
  page.on('framenavigated', frame => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  const refresh = await page.request.get(
    'http://localhost:7007/api/auth/guest/refresh',
  );
  const { token } = (await refresh.json()).backstageIdentity;
  const report = await page.request.post(
    'http://localhost:7007/api/releases/checks/results',
    {
      headers: { Authorization: `Bearer ${token}` },
      data: {
        entityRef: 'component:default/cart-service',
        check: 'ci.tests',
        status: 'passed',
        url: 'https://ci.example.com/runs/e2e',
      },
    },
  );
  expect(report.status()).toBe(200);
  await expect(item).toBeChecked();
  await expect(page.getByText(/passed, reported by/).first()).toBeVisible();
  expect(navigations).toEqual([]);
}

/**
 * The guest's team owns the release, so all items may be ticked; each one is saved before the
 * next, and the page still shows them all ticked after a reload.
 */
async function tickUntilReady(page: Page) {
  const open = page.locator(
    'input[type=checkbox][aria-label^="Done: "]:not(:checked):not(:disabled)',
  );
  const saving = page.locator('li[aria-busy="true"]');
  for (let left = await open.count(); left > 0; left = await open.count()) {
    await open.first().check();
    // Ticked at once (optimistically); wait until the server has it before the next one.
    await expect(open).toHaveCount(left - 1);
    await expect(saving).toHaveCount(0);
  }
  await expect(
    page.getByText('Ready: every required item is settled.'),
  ).toBeVisible();
  await page.reload();
  await expect(open).toHaveCount(0);
  await shot(page, 'release-ready');
}

async function markPlanned(page: Page) {
  await page.getByRole('button', { name: 'Mark planned' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Mark planned' })
    .click();
  await expect(
    page.getByRole('button', { name: 'Start release' }),
  ).toBeVisible();
}

async function recordGo(page: Page) {
  await page.getByRole('button', { name: 'Record decision' }).click();
  const decision = page.getByRole('dialog');
  await decision.getByLabel('Go', { exact: true }).check();
  await decision
    .getByLabel('Rationale')
    .fill('All checks green; on-call briefed.');
  await decision.getByRole('button', { name: 'Record go' }).click();
  await expect(
    page.getByText('All checks green; on-call briefed.'),
  ).toBeVisible();
}

async function startRelease(page: Page) {
  await page.getByRole('button', { name: 'Start release' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Start release' })
    .click();
  await expect(
    page.getByRole('button', { name: 'Record outcome' }),
  ).toBeVisible();
}

async function findOnCalendar(page: Page, start: DateTime) {
  await page.goto(
    `/releases/calendar?view=month&date=${start.toFormat('yyyy-LL-dd')}`,
  );
  await expect(calendarEvent(page)).toBeVisible();
  await shot(page, 'calendar');
  await expectNoAxeViolations(page, 'calendar, month view');
}

async function findOnTimeline(page: Page) {
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(calendarEvent(page)).toBeVisible();
  await expectNoAxeViolations(page, 'calendar, timeline view');
}

async function openFromCalendarByKeyboard(page: Page, releaseUrl: string) {
  const event = calendarEvent(page);
  await page.getByRole('button', { name: 'Month', exact: true }).click();
  await expect(event).toBeVisible();
  await page.getByRole('button', { name: 'Month', exact: true }).focus();
  for (
    let presses = 0;
    presses < 100 && !(await event.evaluate(e => e === document.activeElement));
    presses++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(event).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(releaseUrl);
}
