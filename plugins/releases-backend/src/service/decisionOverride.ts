import { ConflictError } from '@backstage/errors';
import type { FailedCheck } from '@releasekit/plugin-releases-common';
import { requiredText } from './text';

/** What a go decision overrides: the failed required checks, why, and a line for the activity. */
export interface DecisionOverride {
  reason: string;
  checks: Array<Pick<FailedCheck, 'entityRef' | 'check' | 'summary'>>;
  summary: string;
}

const NAMED_IN_MESSAGE = 5;

function describe(check: FailedCheck): string {
  return `${check.check} of ${check.entityRef}${
    check.summary ? ` (${check.summary})` : ''
  }`;
}

/**
 * A go while required checks have failed needs a reason: without one it is refused (409), naming
 * the checks, so that nobody waves a red pipeline through unawares. Undefined when no required
 * check failed (a reason given then is not recorded: there was nothing to override).
 */
export function overrideOfFailedChecks(
  failed: FailedCheck[],
  overrideReason: string | undefined,
): DecisionOverride | undefined {
  const required = failed.filter(check => check.required);
  if (required.length === 0) return undefined;
  if (overrideReason === undefined) {
    const named = required.slice(0, NAMED_IN_MESSAGE).map(describe).join('; ');
    const more = required.length - NAMED_IN_MESSAGE;
    throw new ConflictError(
      `A go needs an override reason while required checks have failed: ${named}${
        more > 0 ? `; and ${more} more` : ''
      }`,
    );
  }
  const reason = requiredText(overrideReason, 'overrideReason');
  return {
    reason,
    checks: required.map(({ entityRef, check, summary }) => ({
      entityRef,
      check,
      summary,
    })),
    summary: `overriding ${required.length} failed required check${
      required.length === 1 ? '' : 's'
    } (${reason})`,
  };
}
