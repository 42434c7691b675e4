import { DateTime } from 'luxon';

/** The ranges the metrics page offers, in months. */
export const METRICS_RANGES = [3, 6, 12] as const;
export type MetricsRange = (typeof METRICS_RANGES)[number];

/**
 * The start of a range of whole UTC months that ends with the current one, so that each month of
 * the trend is a full calendar month (the API buckets by UTC month).
 */
export function rangeStart(
  months: MetricsRange,
  now: DateTime = DateTime.utc(),
): string {
  return now
    .toUTC()
    .startOf('month')
    .minus({ months: months - 1 })
    .toISO()!;
}
