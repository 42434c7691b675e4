import { createPermission } from '@backstage/plugin-permission-common';

/**
 * A release plan, referenced by its id.
 *
 * @public
 */
export const RELEASE_RESOURCE_TYPE = 'release';
/**
 * A checklist item, referenced as `<releaseId>:<itemId>`.
 *
 * @public
 */
export const RELEASE_CHECKLIST_ITEM_RESOURCE_TYPE = 'release-checklist-item';

/** @public */
export const releaseCreatePermission = createPermission({
  name: 'releases.release.create',
  attributes: { action: 'create' },
});

/** @public */
export const releaseReadPermission = createPermission({
  name: 'releases.release.read',
  attributes: { action: 'read' },
  resourceType: RELEASE_RESOURCE_TYPE,
});

/**
 * Editing the plan, its scope and status, and recording decisions and outcomes.
 *
 * @public
 */
export const releaseUpdatePermission = createPermission({
  name: 'releases.release.update',
  attributes: { action: 'update' },
  resourceType: RELEASE_RESOURCE_TYPE,
});

/** @public */
export const releaseDeletePermission = createPermission({
  name: 'releases.release.delete',
  attributes: { action: 'delete' },
  resourceType: RELEASE_RESOURCE_TYPE,
});

/**
 * Ticking off, marking not applicable, or attaching evidence to a checklist item.
 *
 * @public
 */
export const releaseChecklistItemUpdatePermission = createPermission({
  name: 'releases.checklist-item.update',
  attributes: { action: 'update' },
  resourceType: RELEASE_CHECKLIST_ITEM_RESOURCE_TYPE,
});

/**
 * Creating, changing and deleting freeze windows.
 *
 * @public
 */
export const freezeManagePermission = createPermission({
  name: 'releases.freeze.manage',
  attributes: {},
});

/** @public */
export const releasesPermissions = [
  releaseCreatePermission,
  releaseReadPermission,
  releaseUpdatePermission,
  releaseDeletePermission,
  releaseChecklistItemUpdatePermission,
  freezeManagePermission,
];

/**
 * The resource ref of a checklist item for permission requests.
 *
 * @public
 */
export function checklistItemResourceRef(
  releaseId: string,
  itemId: string,
): string {
  return `${releaseId}:${itemId}`;
}

/**
 * What the viewer may do with a release, as the API tells the frontend.
 *
 * @public
 */
export interface ReleaseAccess {
  update: boolean;
  delete: boolean;
  /** Ids of the checklist items the viewer may tick. */
  updatableItemIds: string[];
}
