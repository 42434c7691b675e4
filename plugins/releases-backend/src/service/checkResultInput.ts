import { InputError } from '@backstage/errors';
import {
  CHECK_KEY_PATTERN,
  type CheckResultInput,
} from '@releasekit/plugin-releases-common';
import { normalizeEntityRef } from './entityRefs';

/** At most this many results in one report: a pipeline reports one run, not a history. */
export const MAX_RESULTS_PER_REPORT = 100;

/**
 * Validated, normalised results (the spec has already checked types and lengths): entity refs in
 * their full lower-case form, check keys well formed, and of two results for the same component and
 * check in one report only the later kept, as if reported one after the other.
 */
export function normalizeCheckResults(
  results: CheckResultInput[],
): CheckResultInput[] {
  if (results.length === 0) {
    throw new InputError('results: give at least one result');
  }
  if (results.length > MAX_RESULTS_PER_REPORT) {
    throw new InputError(
      `results: at most ${MAX_RESULTS_PER_REPORT} results in one report, got ${results.length}`,
    );
  }
  const latest = new Map<string, CheckResultInput>();
  results.forEach((result, i) => {
    const entityRef = normalizeEntityRef(
      result.entityRef,
      `results[${i}].entityRef`,
      ['component'],
    );
    if (!CHECK_KEY_PATTERN.test(result.check)) {
      throw new InputError(
        `results[${i}].check: "${result.check}" is not a check key (like ci.tests or tech-insights:docs)`,
      );
    }
    const key = `${entityRef} ${result.check}`;
    latest.delete(key);
    latest.set(key, { ...result, entityRef, summary: trimmed(result.summary) });
  });
  return [...latest.values()];
}

function trimmed(text: string | undefined): string | undefined {
  const value = text?.trim();
  return value ? value : undefined;
}
