import type { ReleaseStatus } from './types';

/** The status lifecycle: draft → planned → in_progress → released | rolled_back; cancelled from any open state. */
const TRANSITIONS: Record<ReleaseStatus, readonly ReleaseStatus[]> = {
  draft: ['planned', 'cancelled'],
  planned: ['in_progress', 'cancelled'],
  in_progress: ['released', 'rolled_back', 'cancelled'],
  released: [],
  rolled_back: [],
  cancelled: [],
};

/** @public */
export function allowedTransitions(
  from: ReleaseStatus,
): readonly ReleaseStatus[] {
  return TRANSITIONS[from];
}

/** @public */
export function canTransition(from: ReleaseStatus, to: ReleaseStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/**
 * Releases that are finished can no longer change scope or checklist.
 *
 * @public
 */
export function isClosedStatus(status: ReleaseStatus): boolean {
  return TRANSITIONS[status].length === 0;
}

/**
 * Releases that still take part in scheduling: they can collide with others and with freezes.
 *
 * @public
 */
export function isActiveStatus(status: ReleaseStatus): boolean {
  return status === 'planned' || status === 'in_progress';
}

/** @public */
export const STATUS_LABELS: Record<ReleaseStatus, string> = {
  draft: 'Draft',
  planned: 'Planned',
  in_progress: 'In progress',
  released: 'Released',
  rolled_back: 'Rolled back',
  cancelled: 'Cancelled',
};
