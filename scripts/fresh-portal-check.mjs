// Checks a running portal that scripts/fresh-portal.sh installed the plugins into: the releases API
// answers a guest, and Chromium signs in as the guest and sees the Releases tab on a catalog
// component (the template's example-website) with the entity cards on its overview, the tab's
// content, and the sidebar item that leads to the /releases page.
//   node scripts/fresh-portal-check.mjs --backend <url> --frontend <url> [--chromium <path>]
import { chromium } from 'playwright-core';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    backend: { type: 'string', default: 'http://localhost:7007' },
    frontend: { type: 'string', default: 'http://localhost:3000' },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
  },
});
const started = Date.now();
const log = message =>
  console.log(
    `[fresh-portal-check ${((Date.now() - started) / 1000).toFixed(
      1,
    )}s] ${message}`,
  );
const entityPath = '/catalog/default/component/example-website';
const timeout = 60_000;

async function checkApi() {
  const refresh = await fetch(`${args.backend}/api/auth/guest/refresh`);
  if (!refresh.ok) throw new Error(`guest sign-in: HTTP ${refresh.status}`);
  const { backstageIdentity } = await refresh.json();
  const response = await fetch(`${args.backend}/api/releases/releases`, {
    headers: { Authorization: `Bearer ${backstageIdentity.token}` },
  });
  const body = await response.text();
  if (response.status !== 200) {
    throw new Error(
      `GET /api/releases/releases: HTTP ${response.status} ${body}`,
    );
  }
  const { items } = JSON.parse(body);
  if (!Array.isArray(items)) {
    throw new Error(`GET /api/releases/releases: no items in ${body}`);
  }
  log(`✔ GET /api/releases/releases → 200, ${items.length} releases`);
}

async function signIn(page) {
  await page.goto(args.frontend);
  // Both templates' sign-in pages offer the guest provider's Enter button; a fresh browser has no
  // session, so it always shows. Signed in, the page has gone.
  const enter = page.getByRole('button', { name: /^enter$/i });
  await enter.waitFor({ timeout });
  await enter.click();
  await enter.waitFor({ state: 'detached', timeout });
  log('✔ signed in as the guest');
}

async function checkPages(page) {
  await page.goto(`${args.frontend}${entityPath}`);
  // Legacy entity pages have MUI tabs; the new frontend system's are links in a nav list.
  const tab = page
    .getByRole('tab', { name: 'Releases' })
    .or(page.locator(`a[href$="${entityPath}/releases"]`))
    .first();
  await tab.waitFor({ timeout });
  log(`✔ the Releases tab on ${entityPath}`);
  for (const card of ['Upcoming release', 'Release health', 'Deployments']) {
    await page.getByText(card, { exact: true }).first().waitFor({ timeout });
  }
  log(
    '✔ the Upcoming release, Release health and Deployments cards on its overview',
  );
  await tab.click();
  await page.waitForURL(url => url.pathname.endsWith('/releases'), { timeout });
  await page
    .getByText(/No releases of .* yet|Upcoming releases/)
    .first()
    .waitFor({ timeout });
  log(`✔ the tab renders (${new URL(page.url()).pathname})`);

  // Both systems: a sidebar item (the legacy app's is the README's SidebarItem).
  const link = page.locator('a[href="/releases"]').first();
  await link.waitFor({ timeout });
  await link.click();
  await page.waitForURL(url => url.pathname === '/releases', { timeout });
  log('✔ the sidebar item Releases leads to /releases');
  await page
    .getByText(/No releases planned yet|All releases/)
    .first()
    .waitFor({ timeout });
  log('✔ the /releases page renders');
}

const browser = await chromium.launch({
  executablePath: args.chromium,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});
const page = await browser.newPage();
const pageErrors = [];
page.on('pageerror', error => pageErrors.push(error.message));
try {
  await checkApi();
  await signIn(page);
  await checkPages(page);
  if (pageErrors.length > 0) {
    log(`page errors (not fatal):\n  ${pageErrors.join('\n  ')}`);
  }
} catch (error) {
  log(`✘ ${error.message}`);
  if (pageErrors.length > 0) log(`page errors:\n  ${pageErrors.join('\n  ')}`);
  const text = await page
    .locator('body')
    .innerText()
    .catch(() => '');
  log(`at ${page.url()}, the page says:\n${text.slice(0, 1500)}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
