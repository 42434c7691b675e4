import {
  type CheckResultInput,
  stateForCheckResult,
} from '@releasekit/plugin-releases-common';
import type { ChecklistItemRow } from '../../rows';
import type { AutomatedItemRow } from './automatedItems';

/** The columns a check result sets on an automated item. */
export type Settlement = Pick<
  ChecklistItemRow,
  'state' | 'note' | 'evidence_url' | 'done_by' | 'done_at'
>;

const STATUS_NOTES = {
  passed: null,
  failed: 'The check failed',
  running: 'The check is running',
} as const;

/**
 * What a result makes of an automated item: a pass settles it (the run is its evidence, the reporter
 * settled it); a failure or a run in progress re-opens it, with the summary saying why.
 */
export function settlementOf(
  result: CheckResultInput,
  reportedBy: string,
  at: number,
): Settlement {
  const state = stateForCheckResult(result.status);
  return {
    state,
    note: result.summary ?? STATUS_NOTES[result.status],
    evidence_url: result.url ?? null,
    done_by: state === 'done' ? reportedBy : null,
    done_at: state === 'done' ? at : null,
  };
}

/**
 * Whether the result would change the item. An item a person marked not applicable stays so: a
 * check does not decide that it applies after all.
 */
export function changesItem(item: AutomatedItemRow, s: Settlement): boolean {
  if (item.state === 'not_applicable') return false;
  return (
    item.state !== s.state ||
    item.note !== s.note ||
    item.evidence_url !== s.evidence_url
  );
}
