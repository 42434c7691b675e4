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
  await page.getByRole('textbox', { name: 'Search' }).fill(title);
  // The search bar puts the term into the URL, so a reload searches again.
  await expect(page).toHaveURL(/[?&]query=/);

  // Each result is a list item whose title links to what it found.
  const found = page
    .locator('li')
    .filter({ has: page.getByRole('link', { name: title }) })
    .first();
  // The results are siblings: the first of them, whichever ranked first.
  const first = found.locator('xpath=..').locator(':scope > li').first();
  await expect(async () => {
    if (!(await found.isVisible())) {
      await page.reload();
    }
    await expect(found).toBeVisible({ timeout: 5_000 });
    // Until the answer to the term arrives, the page can still show the answer to the empty term,
    // every document in the index, where the release may be listed too but not first (seen in CI:
    // "Cart 4.0.0" first). Wait for the term's own ranking, in which an exact title comes first.
    await expect(first.getByRole('link', { name: title })).toBeVisible({
      timeout: 5_000,
    });
  }).toPass({ timeout });

  const link = await first.getByRole('link').first().getAttribute('href');
  return { text: await first.innerText(), link: link ?? '' };
}
