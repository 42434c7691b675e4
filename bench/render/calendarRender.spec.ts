import { expect, test, type Page } from '@playwright/test';
import { DateTime } from 'luxon';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { distribution } from '../src/measure';

/*
 * How long the release calendar takes to draw 500 releases in headless Chromium. The releases are
 * created through the real API in the next calendar month; then each view (month, week, timeline)
 * is loaded RUNS times, both as a fresh page load and as an in-app navigation, and timed from the
 * navigation's start until the releases are in the DOM and the page has stopped changing.
 * Writes docs/calendar-render.md.
 */

const RELEASES = 500;
const RUNS = Number(process.env.RENDER_RUNS ?? 10);
/** The page counts as idle after this long without a DOM change in the main content. */
const QUIET_MS = 1000;
const CONCURRENCY = 4;
const BACKEND = 'http://localhost:7007';
const OUTPUT = join(__dirname, '..', '..', 'docs', 'calendar-render.md');
const COMMAND = './scripts/yarn.sh bench:render';

/** The demo catalog's components and their owners: the releases spread over them. */
const COMPONENTS: Array<[string, string]> = [
  ['storefront-web', 'checkout-team'],
  ['checkout-service', 'checkout-team'],
  ['cart-service', 'checkout-team'],
  ['order-service', 'checkout-team'],
  ['checkout-ui-kit', 'checkout-team'],
  ['payment-gateway', 'payments-team'],
  ['fraud-detection', 'payments-team'],
  ['billing-service', 'payments-team'],
  ['ledger-service', 'payments-team'],
  ['payments-sdk', 'payments-team'],
  ['auth-service', 'identity-team'],
  ['user-profile-service', 'identity-team'],
  ['account-web', 'identity-team'],
  ['session-lib', 'identity-team'],
  ['notification-service', 'platform-team'],
  ['observability-lib', 'platform-team'],
];

type View = 'month' | 'week' | 'timeline';
type Mode = 'page load' | 'in-app navigation';

interface Planned {
  id: string;
  start: DateTime;
  end: DateTime;
}

interface Sample {
  ms: number;
  /** Distinct benchmark releases drawn as chips or timeline items. */
  drawn: number;
  /** Elements carrying a release (all releases, the demo's included). */
  elements: number;
  /** "+N more" links in the month view, and the releases they hide. */
  moreLinks: number;
  hidden: number;
}

/**
 * The demo portal runs in watch mode, so the backend restarts when its sources change: a request
 * or a measurement that fails is tried again, up to three times.
 */
async function retrying<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (tries >= 3) throw error;
      console.warn(`Retrying after: ${String(error).split('\n')[0]}`);
      await new Promise(resolve => setTimeout(resolve, 5000));
    }
  }
}

async function guestToken(page: Page): Promise<string> {
  const res = await page.request.get(`${BACKEND}/api/auth/guest/refresh`);
  expect(res.ok()).toBe(true);
  return (await res.json()).backstageIdentity.token;
}

/** Creates the releases, CONCURRENCY requests at a time; windows of 1–3 h spread over the month. */
async function createReleases(
  page: Page,
  monthStart: DateTime,
): Promise<Planned[]> {
  const token = await guestToken(page);
  const days = monthStart.daysInMonth!;
  const planned: Planned[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < RELEASES; i = next++) {
      const [component, owner] = COMPONENTS[i % COMPONENTS.length];
      const start = monthStart.plus({
        days: i % days,
        hours: 6 + (Math.floor(i / days) % 12),
        minutes: (i % 4) * 15,
      });
      const end = start.plus({ hours: 1 + (i % 3) });
      const data = {
        title: `Bench ${component}`,
        version: `1.${i}.0`,
        windowStart: start.toUTC().toISO(),
        windowEnd: end.toUTC().toISO(),
        owner: `group:default/${owner}`,
        components: [`component:default/${component}`],
      };
      const res = await retrying(() =>
        page.request.post(`${BACKEND}/api/releases/releases`, {
          headers: { Authorization: `Bearer ${token}` },
          data,
        }),
      );
      expect(res.status(), await res.text()).toBe(201);
      planned.push({ id: (await res.json()).id, start, end });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return planned;
}

/**
 * Records, in the page, when the main content last changed. performance.now() counts from the
 * navigation's start, so for a page load the last change's time is the render time.
 */
function watchMutations() {
  const state = { last: 0 };
  (window as any).__renderBench = state;
  new MutationObserver(records => {
    for (const record of records) {
      const target =
        record.target instanceof Element
          ? record.target
          : record.target.parentElement;
      // The timeline's "now" line moves by itself; tooltips only follow the mouse.
      if (
        target?.closest('main') &&
        !target.closest('.vis-current-time, [role="tooltip"]')
      ) {
        state.last = performance.now();
        return;
      }
    }
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
}

/** Waits until releases are drawn, nothing loads and the main content has been still for QUIET_MS. */
async function waitUntilSettled(page: Page) {
  await page.waitForFunction(
    quiet => {
      const main = document.querySelector('main');
      const state = (window as any).__renderBench;
      if (!main || !state) return false;
      if (!main.querySelector('[data-release-id]')) return false;
      if (main.querySelector('[role="progressbar"]')) return false;
      return performance.now() - state.last >= quiet;
    },
    QUIET_MS,
    { polling: 100, timeout: 60_000 },
  );
}

async function countDrawn(page: Page, ids: string[]) {
  return page.evaluate(benchIds => {
    const wanted = new Set(benchIds);
    const main = document.querySelector('main')!;
    const elements = [
      ...main.querySelectorAll<HTMLElement>('[data-release-id]'),
    ];
    const drawn = new Set(
      elements
        .map(element => element.dataset.releaseId!)
        .filter(id => wanted.has(id)),
    );
    const more = [...main.querySelectorAll('.rbc-show-more')];
    const hidden = more.reduce(
      (sum, link) => sum + Number(/\d+/.exec(link.textContent ?? '')?.[0] ?? 0),
      0,
    );
    return {
      drawn: drawn.size,
      elements: elements.length,
      moreLinks: more.length,
      hidden,
    };
  }, ids);
}

async function measure(
  page: Page,
  url: string,
  mode: Mode,
  ids: string[],
): Promise<Sample> {
  let start = 0;
  if (mode === 'page load') {
    await page.goto(url, { waitUntil: 'commit' });
  } else {
    // The calendar on a month without releases (a client-side route change away), then a
    // client-side route change to the measured URL: the app is loaded, the calendar mounted.
    await page.evaluate(() => {
      window.history.pushState(
        {},
        '',
        '/releases/calendar?view=month&date=2000-01-01',
      );
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.waitForTimeout(1500);
    start = await page.evaluate(target => {
      const now = performance.now();
      (window as any).__renderBench.last = now;
      window.history.pushState({}, '', target);
      window.dispatchEvent(new PopStateEvent('popstate'));
      return now;
    }, url);
  }
  await waitUntilSettled(page);
  const last: number = await page.evaluate(
    () => (window as any).__renderBench.last,
  );
  return { ms: last - start, ...(await countDrawn(page, ids)) };
}

function machine(chromium: string) {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  return {
    cpu:
      /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ??
      os.cpus()[0]?.model ??
      'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium,
    load: os
      .loadavg()
      .map(l => l.toFixed(2))
      .join(' / '),
  };
}

test('calendar render time for 500 releases', async ({ page, browser }) => {
  // The backend may be up before all its plugins are.
  await expect
    .poll(
      async () =>
        (
          await page.request.get(`${BACKEND}/.backstage/health/v1/readiness`)
        ).status(),
      { timeout: 240_000, intervals: [1000] },
    )
    .toBe(200);
  const loadAtStart = machine(browser.version()).load;

  const monthStart = DateTime.now().startOf('month').plus({ months: 1 });
  const createStarted = Date.now();
  const planned = await createReleases(page, monthStart);
  const createSeconds = (Date.now() - createStarted) / 1000;
  const ids = planned.map(p => p.id);

  await page.addInitScript(watchMutations);
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
  await expect(
    page.getByRole('heading', { name: /Catalog/ }).first(),
  ).toBeVisible();

  // The week view shows the month's second full week.
  const weekDate = monthStart.plus({ days: 7 }).startOf('week');
  const weekEnd = weekDate.plus({ weeks: 1 });
  const inWeek = planned.filter(
    p => p.start < weekEnd && p.end > weekDate,
  ).length;
  const views: Array<{ view: View; date: DateTime; inRange: number }> = [
    { view: 'month', date: monthStart, inRange: RELEASES },
    { view: 'week', date: weekDate, inRange: inWeek },
    { view: 'timeline', date: monthStart, inRange: RELEASES },
  ];
  const modes: Mode[] = ['page load', 'in-app navigation'];

  const rows: string[] = [];
  for (const { view, date, inRange } of views) {
    const url = `/releases/calendar?view=${view}&date=${date.toFormat(
      'yyyy-LL-dd',
    )}`;
    // One unmeasured load, so that every measured one finds the view's code compiled and cached.
    await retrying(() => measure(page, url, 'page load', ids));
    for (const mode of modes) {
      const samples: Sample[] = [];
      for (let run = 0; run < RUNS; run++) {
        samples.push(await retrying(() => measure(page, url, mode, ids)));
      }
      const times = distribution(samples.map(s => s.ms));
      const last = samples[samples.length - 1];
      const more =
        view === 'month'
          ? `${last.moreLinks} links hiding ${last.hidden}`
          : '–';
      rows.push(
        `| ${view} | ${mode} | ${RUNS} | ${Math.round(
          times.p50,
        )} | ${Math.round(times.p95)} | ${inRange} | ${
          last.drawn
        } | ${more} | ${last.elements} |`,
      );
      console.log(rows[rows.length - 1]);
    }
  }

  const m = machine(browser.version());
  const report = `# Calendar render time, 500 releases

Generated by \`${COMMAND}\` (bench/render/calendarRender.spec.ts); do not edit by hand.

- Date: ${DateTime.now().toUTC().toFormat("yyyy-LL-dd HH:mm 'UTC'")}
- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; Node ${
    m.node
  }; load average ${loadAtStart} at the start, ${
    m.load
  } at the end (the machine is shared)
- Browser: headless Chromium ${m.chromium}, viewport 1440×900
- Portal: the demo portal as \`yarn dev\` runs it (development build of the frontend), on a fresh
  SQLite database, with the demo data and no configured freezes
- Data: ${RELEASES} releases created through the API (POST /api/releases/releases, ${CONCURRENCY} at a
  time, ${createSeconds.toFixed(1)} s in all) in ${monthStart.toFormat(
    'LLLL yyyy',
  )}, windows of 1–3 h between 06:00 and 19:00, spread over
  ${
    COMPONENTS.length
  } components of four teams. The demo's own releases in that month are drawn too.

Each view is loaded once unmeasured, then ${RUNS} times per mode:

- *page load*: a full navigation to the calendar's URL; timed from the navigation's start;
- *in-app navigation*: with the app loaded and the calendar showing an empty month (January 2000),
  a client-side route change to the measured URL; timed from the route change.

Either ends when the last change to the main content happened, after which the releases were in
the DOM, no progress bar showed and nothing changed for ${QUIET_MS} ms. p95 is the nearest-rank
percentile: with ${RUNS} runs, run number ${Math.ceil(
    0.95 * RUNS,
  )} from the fastest.

| View | Mode | Runs | p50 ms | p95 ms | Benchmark releases in range | Drawn (distinct) | "+N more" | Release elements in DOM |
| ---- | ---- | ---: | -----: | -----: | --------------------------: | ---------------: | --------- | ----------------------: |
${rows.join('\n')}

The month view draws as many chips per day as fit in its cell and collapses the rest into
react-big-calendar's "+N more" links (the popup lists them on click): the "Drawn" column counts the
benchmark releases with a chip of their own. The week view shows the ${inWeek} releases of the week
of ${weekDate.toFormat(
    'd LLLL',
  )}; the timeline holds every release of the month, grouped by team, but vis-timeline creates
elements only for the items it deems visible in its 640 px scrolling viewport: the "Drawn"
column counts those.
`;
  writeFileSync(OUTPUT, report);
});
