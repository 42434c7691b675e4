/**
 * The longest a release window may last. A release window is when the change goes out, not the
 * project behind it; bounding it also lets the backend find the windows overlapping a range in a
 * tight index range (a window overlapping [from, to) must start after `from - MAX_RELEASE_WINDOW_MS`),
 * so a calendar month costs the same however many years of history the database holds.
 *
 * @public
 */
export const MAX_RELEASE_WINDOW_DAYS = 90;

/** @public */
export const MAX_RELEASE_WINDOW_MS = MAX_RELEASE_WINDOW_DAYS * 86_400_000;
