import { expect, type Page } from '@playwright/test';

/** The first result of a search, as the search page shows it. */
export interface FoundResult {
  /** Everything the result shows: title and version, snippet, status, window and components. */
  text: string;
  /** Where its title links to: a release's page for a release. */
  link: string;
}

/**
 * Searches the demo portal for a release by its title, as a person does: opens the search page,
 * types the title into the search bar, and returns the first result once the term's answer shows a
 * result with that title first (the caller checks what it shows).
 *
 * The index is built on a schedule (search.collators.releases.schedule): five seconds after the
 * backend starts (the seeded demo releases are in it from then on), then every ten minutes. A
 * release planned during a run is found only after the next run; meanwhile this reloads the page
 * until `timeout` runs out.
 */
export async function searchForRelease(
  page: Page,
  title: string,
  { timeout = 60_000 }: { timeout?: number } = {},
): Promise<FoundResult> {
  await page.goto('/search');
  // The page first answers the empty term with every document; a term typed before that answer
  // has rendered can be wiped by it (seen in CI: an empty search bar over every release).
  const anyResult = page.locator('li').filter({
    has: page.locator('a[href^="/releases/"], a[href^="/catalog/"]'),
  });
  await expect(anyResult.first()).toBeVisible({ timeout });
  await page.getByRole('textbox', { name: 'Search' }).fill(title);
  // The search bar puts the term into the URL, so a reload searches again.
  const firstWord = encodeURIComponent(title.split(' ')[0]);
  await expect(page).toHaveURL(new RegExp(`[?&]query=${firstWord}`));

  // Each result is a list item whose title links to what it found; the results are siblings, and
  // the release should rank first for its own title.
  const found = page
    .locator('li')
    .filter({ has: page.getByRole('link', { name: title }) })
    .first();
  const first = found.locator('xpath=..').locator(':scope > li').first();
  const releaseFirst = first.getByRole('link', { name: title });
  await expect(async () => {
    if (!(await releaseFirst.isVisible())) {
      await page.reload();
    }
    await expect(releaseFirst).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout });

  const link = await first.getByRole('link').first().getAttribute('href');
  return { text: await first.innerText(), link: link ?? '' };
}
