import { InputError } from '@backstage/errors';
import type {
  FreezeOccurrence,
  FreezeWindow,
} from '@releasekit/plugin-releases-common';
import { RRule } from 'rrule';

/** Recurring freezes are expanded at most this many occurrences per request. */
const MAX_OCCURRENCES = 1000;
/** And at most this many per freeze and calendar year (an hourly rule would otherwise be 8,760). */
const MAX_OCCURRENCES_PER_YEAR = 1000;

export function parseRecurrence(rule: string, start: number): RRule {
  try {
    const options = RRule.parseString(rule.replace(/^RRULE:/i, ''));
    // noCache: the expansions are kept per year below; rrule's own cache grows with every range asked.
    return new RRule({ ...options, dtstart: new Date(start) }, true);
  } catch (error) {
    throw new InputError(
      `recurrence: "${rule}" is not an RRULE (${(error as Error).message})`,
    );
  }
}

function yearOf(ms: number): number {
  return new Date(ms).getUTCFullYear();
}

/**
 * Occurrence starts of recurring freezes, expanded one UTC calendar year at a time and kept per freeze
 * revision. rrule walks a rule from its first occurrence, so expanding a weekly freeze declared two
 * years ago costs ~1 ms per request; kept by year, any range (a month view, a feed's horizon) reuses
 * the years it covers. A new revision of a freeze is a new key; the whole cache is dropped when it
 * holds more than `maxYears` entries, which only a very large number of freezes would reach.
 */
export class RecurrenceCache {
  private readonly rules = new Map<string, RRule>();
  private readonly years = new Map<string, number[]>();

  constructor(private readonly maxYears = 5000) {}

  /** Starts of the occurrences of a recurring freeze in [after, before). */
  starts(freeze: FreezeWindow, after: number, before: number): number[] {
    const key = `${freeze.id}:${freeze.revision}:${freeze.start}:${freeze.recurrence}`;
    const starts: number[] = [];
    for (let year = yearOf(after); year <= yearOf(before - 1); year++) {
      for (const start of this.year(key, freeze, year)) {
        if (start >= after && start < before) starts.push(start);
      }
    }
    return starts;
  }

  private year(key: string, freeze: FreezeWindow, year: number): number[] {
    const yearKey = `${key}@${year}`;
    const cached = this.years.get(yearKey);
    if (cached) return cached;
    if (this.years.size >= this.maxYears) {
      this.years.clear();
      this.rules.clear();
    }
    let rule = this.rules.get(key);
    if (!rule) {
      rule = parseRecurrence(freeze.recurrence!, Date.parse(freeze.start));
      this.rules.set(key, rule);
    }
    const next = Date.UTC(year + 1, 0, 1);
    const starts = rule
      .between(
        new Date(Date.UTC(year, 0, 1)),
        new Date(next),
        true,
        (_date, count) => count < MAX_OCCURRENCES_PER_YEAR,
      )
      .map(d => d.getTime())
      .filter(t => t < next);
    this.years.set(yearKey, starts);
    return starts;
  }
}

/**
 * Expands a freeze into its occurrences that overlap [from, to). Pass a long-lived cache (the
 * FreezeService holds one) to reuse expansions across requests.
 */
export function freezeOccurrences(
  freeze: FreezeWindow,
  from: number,
  to: number,
  cache: RecurrenceCache = new RecurrenceCache(),
): FreezeOccurrence[] {
  const start = Date.parse(freeze.start);
  const duration = Date.parse(freeze.end) - start;
  const occurrence = (s: number): FreezeOccurrence => ({
    freezeId: freeze.id,
    title: freeze.title,
    reason: freeze.reason,
    start: new Date(s).toISOString(),
    end: new Date(s + duration).toISOString(),
    entityRefs: freeze.entityRefs,
  });
  if (!freeze.recurrence) {
    return start < to && start + duration > from ? [occurrence(start)] : [];
  }
  // An occurrence that started up to one duration before the range still overlaps it.
  return cache
    .starts(freeze, from - duration + 1, to)
    .slice(0, MAX_OCCURRENCES)
    .map(occurrence);
}
