import {
  EMPTY_METRICS_SUMMARY,
  type MonthlyMetrics,
} from '@releasekit/plugin-releases-common';
import { DateTime } from 'luxon';

/** What a metric shows when there is nothing to compute it from (no completed releases). */
export const NO_VALUE = '—';

/** A share of 0–1 as a whole percent: "83%"; "—" when unknown. */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined
    ? NO_VALUE
    : `${Math.round(rate * 100)}%`;
}

const oneDecimal = (value: number) =>
  Number.isInteger(value) ? String(value) : value.toFixed(1);

/** A duration in hours, in days once it is two days or longer: "5.5 h", "3.2 d"; "—" when unknown. */
export function formatHours(hours: number | null | undefined): string {
  if (hours === null || hours === undefined) return NO_VALUE;
  const rounded = Math.round(hours * 10) / 10;
  if (rounded < 48) return `${oneDecimal(rounded)} h`;
  return `${oneDecimal(Math.round((hours / 24) * 10) / 10)} d`;
}

/** A frequency per week to one decimal: "2.5 per week", "0 per week". */
export function formatPerWeek(perWeek: number): string {
  return `${oneDecimal(Math.round(perWeek * 10) / 10)} per week`;
}

/** "2030-05" as "May 2030". */
export function formatMonth(month: string): string {
  const value = DateTime.fromFormat(month, 'yyyy-LL', { zone: 'utc' });
  return value.isValid ? value.toFormat('LLL yyyy') : month;
}

/**
 * Every UTC month of [from, to), oldest first. The API lists only months in which a release was
 * completed; a trend needs the quiet months too, as zero releases with no rates.
 */
export function monthsOf(
  from: string,
  to: string,
  byMonth: MonthlyMetrics[],
): MonthlyMetrics[] {
  const known = new Map(byMonth.map(m => [m.month, m]));
  const end = DateTime.fromISO(to, { zone: 'utc' });
  const months: MonthlyMetrics[] = [];
  let cursor = DateTime.fromISO(from, { zone: 'utc' }).startOf('month');
  // Bounded, so a malformed range cannot loop for ever.
  while (cursor.isValid && end.isValid && cursor < end && months.length < 240) {
    const month = cursor.toFormat('yyyy-LL');
    months.push(known.get(month) ?? { month, ...EMPTY_METRICS_SUMMARY });
    cursor = cursor.plus({ months: 1 });
  }
  // Months the API reported outside the computed span (clock skew) still count.
  for (const m of byMonth) {
    if (!months.some(shown => shown.month === m.month)) months.push(m);
  }
  return months.sort((a, b) => a.month.localeCompare(b.month));
}

/** A rate as a chart value in percent, or null so that the chart leaves a gap. */
export function percentOf(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}
