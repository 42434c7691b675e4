import { expect, test } from '@playwright/test';
import { DateTime } from 'luxon';
import { expectNoAxeViolations } from './axe';
import { localInput, shot, signInAsGuest, waitForBackend } from './helpers';

/*
 * The life of a release, as people do it in the demo portal: the guest (a member of the checkout
 * team) plans a release of the cart service and a dependency of it from the cart service's Releases
 * tab, ticks the checklist until it is ready, records a go decision, starts it, records the outcome
 * and finds it on the calendar.
 */
test('plan a release from a component, make it ready, run it and find it on the calendar', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await waitForBackend(page);
  await signInAsGuest(page);

  // The component's Releases tab, with its seeded releases.
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

  // Plan a release of the cart service and the session library it depends on.
  await page.getByRole('button', { name: 'Plan a release' }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel('Title').fill('Cart e2e');
  await form.getByLabel('Version').fill('9.9.0');
  const start = DateTime.now().plus({ days: 2 }).set({ hour: 10, minute: 0 });
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
  const releaseUrl = page.url();
  await expect(page.getByText('Cart e2e 9.9.0').first()).toBeVisible();
  await expect(
    page.getByRole('main').getByText('session-lib', { exact: true }).first(),
  ).toBeVisible();
  await shot(page, 'release-page');
  await expectNoAxeViolations(page, 'release page');

  // Tick every open item until the release is ready. The guest's team owns the release, so all
  // items may be ticked; each one is saved before the next.
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

  // Plan it, record a go decision, start it.
  await page.getByRole('button', { name: 'Mark planned' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Mark planned' })
    .click();
  await expect(
    page.getByRole('button', { name: 'Start release' }),
  ).toBeVisible();

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

  await page.getByRole('button', { name: 'Start release' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Start release' })
    .click();
  await expect(
    page.getByRole('button', { name: 'Record outcome' }),
  ).toBeVisible();

  // Record the outcome: it finishes the release.
  await page.getByRole('button', { name: 'Record outcome' }).click();
  const outcome = page.getByRole('dialog');
  await outcome.getByLabel('Success', { exact: true }).check();
  await outcome
    .getByLabel('Released at')
    .fill(localInput(DateTime.now().minus({ minutes: 5 })));
  await outcome
    .getByLabel('Lessons learned')
    .fill('Smooth: the dependency order helped.');
  await outcome.getByRole('button', { name: 'Save outcome' }).click();
  await expect(
    page.getByRole('button', { name: 'Amend outcome' }),
  ).toBeVisible();
  await expect(page.getByText('Released').first()).toBeVisible();
  await shot(page, 'release-outcome');

  // Find it on the calendar, in the month of its window, and open it from there.
  await page.goto(
    `/releases/calendar?view=month&date=${start.toFormat('yyyy-LL-dd')}`,
  );
  const event = page.getByRole('link', { name: /^Cart e2e 9\.9\.0 · / });
  await expect(event).toBeVisible();
  await shot(page, 'calendar');
  await expectNoAxeViolations(page, 'calendar, month view');

  // The same month on the timeline.
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(
    page.getByRole('link', { name: /^Cart e2e 9\.9\.0 · / }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'calendar, timeline view');

  // Back in the month view, the release is reached with the keyboard and opened with Enter.
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
});
