import type { ChecklistItem } from '@releasekit/plugin-releases-common';

/**
 * The backend stores entity refs in lower case while identity refs keep the catalog's casing,
 * so refs are compared case-insensitively.
 */
export function normalizeRefs(refs: Iterable<string>): Set<string> {
  return new Set([...refs].map(ref => ref.toLocaleLowerCase('en-US')));
}

/** An item is the viewer's when it is assigned to them or to one of the groups they belong to. */
export function isViewersItem(
  item: Pick<ChecklistItem, 'assignee'>,
  viewerRefs: Set<string>,
): boolean {
  return (
    item.assignee !== null &&
    viewerRefs.has(item.assignee.toLocaleLowerCase('en-US'))
  );
}

export function countViewersOpenItems(
  checklist: Pick<ChecklistItem, 'assignee' | 'state'>[],
  viewerRefs: Set<string>,
): number {
  return checklist.filter(
    item => item.state === 'open' && isViewersItem(item, viewerRefs),
  ).length;
}
