const DAY_MS = 86_400_000;
const MAX_CACHED_DAYS = 4096;
/** The four-digit years toISOString writes without a sign: 1000-01-01 up to 10000-01-01. */
const FIRST_FOUR_DIGIT_MS = Date.UTC(1000, 0, 1);
const AFTER_FOUR_DIGIT_MS = Date.UTC(10000, 0, 1);

/** "YYYY-MM-DDT" of recent UTC days by day number, formatted by toISOString once per day. */
const dayPrefixes = new Map<number, string>();

function dayPrefix(day: number): string {
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    if (dayPrefixes.size >= MAX_CACHED_DAYS) dayPrefixes.clear();
    prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
    dayPrefixes.set(day, prefix);
  }
  return prefix;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
function pad3(n: number): string {
  if (n < 10) return `00${n}`;
  return n < 100 ? `0${n}` : `${n}`;
}

/**
 * The same string as `new Date(ms).toISOString()`, several times faster. V8 formats ISO dates in its
 * runtime at roughly a microsecond each, and one calendar month of a large organisation formats over
 * a thousand of them (windows, updates, conflict overlaps). The date part comes from toISOString
 * once per day; the time of day is plain arithmetic, as UTC has no leap seconds in epoch time.
 * Years outside 1000–9999 (six digits and a sign) and non-integers go to toISOString itself.
 *
 * @public
 */
export function isoFromEpochMs(ms: number): string {
  if (
    !Number.isInteger(ms) ||
    ms < FIRST_FOUR_DIGIT_MS ||
    ms >= AFTER_FOUR_DIGIT_MS
  ) {
    return new Date(ms).toISOString();
  }
  const day = Math.floor(ms / DAY_MS);
  let rest = ms - day * DAY_MS;
  const millis = rest % 1000;
  rest = (rest - millis) / 1000;
  const seconds = rest % 60;
  rest = (rest - seconds) / 60;
  const minutes = rest % 60;
  const hours = (rest - minutes) / 60;
  return `${dayPrefix(day)}${pad2(hours)}:${pad2(minutes)}:${pad2(
    seconds,
  )}.${pad3(millis)}Z`;
}
