import {
  STATUS_LABELS,
  type Release,
  type ReleaseStatus,
} from '@releasekit/plugin-releases-common';

/** The button that moves a release to a status. */
export const TRANSITION_ACTIONS: Record<ReleaseStatus, string> = {
  draft: 'Back to draft',
  planned: 'Mark planned',
  in_progress: 'Start release',
  released: 'Mark released',
  rolled_back: 'Mark rolled back',
  cancelled: 'Cancel release',
};

/** What happens when the release moves to `to`, said before it happens. */
export function describeTransition(
  release: Release,
  to: ReleaseStatus,
): string {
  const from = STATUS_LABELS[release.status];
  switch (to) {
    case 'planned':
      return `${from} → Planned. The plan is committed: it shows on the release calendar and takes part in conflict checks with other releases. If its window falls in a freeze, it can only be planned with a reason that is kept in the activity.`;
    case 'in_progress': {
      const open = release.readiness.requiredOpen;
      return open === 0
        ? `${from} → In progress. Every required checklist item is settled, so the release can start now.`
        : `${from} → In progress. ${open} required checklist item${
            open === 1 ? ' is' : 's are'
          } still open, so the release can only start with a recorded go decision, or anyway with a reason that is kept in the activity. A freeze over its window also needs a reason.`;
    }
    case 'released':
      return `${from} → Released. The release is closed as shipped: its scope and checklist can no longer change.`;
    case 'rolled_back':
      return `${from} → Rolled back. The release is closed as rolled back: its scope and checklist can no longer change.`;
    case 'cancelled':
      return `${from} → Cancelled. The release is closed and will not ship: its scope and checklist can no longer change. This cannot be undone.`;
    default:
      return `${from} → ${STATUS_LABELS[to]}.`;
  }
}
