import {
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import {
  RELEASE_CHECKLIST_ITEM_RESOURCE_TYPE,
  RELEASE_RESOURCE_TYPE,
  RELEASE_STATUSES,
  type ChecklistItem,
  type ReleaseStatus,
} from '@releasekit/plugin-releases-common';
import { z } from 'zod';
import type { ReleaseQuery, StoredRelease } from '../database/types';

export const releaseResourceRef = createPermissionResourceRef<
  StoredRelease,
  ReleaseQuery
>().with({ pluginId: 'releases', resourceType: RELEASE_RESOURCE_TYPE });

const claims = z.object({
  claims: z
    .array(z.string())
    .describe('The ownership refs of the user: their own ref and their groups'),
});

const lower = (refs: string[]) => refs.map(r => r.toLocaleLowerCase('en-US'));

export const isReleaseOwner = createPermissionRule({
  name: 'IS_RELEASE_OWNER',
  description: 'The user is the release owner or a member of the owning group',
  resourceRef: releaseResourceRef,
  paramsSchema: claims,
  apply: (release, { claims: refs }) => lower(refs).includes(release.owner),
  toQuery: ({ claims: refs }) => ({ owners: lower(refs) }),
});

export const releaseIncludesEntity = createPermissionRule({
  name: 'INCLUDES_ENTITY',
  description:
    'The release includes the given component, or a component of the given system',
  resourceRef: releaseResourceRef,
  paramsSchema: z.object({
    entityRef: z.string().describe('A component or system ref'),
  }),
  apply: (release, { entityRef }) => {
    const ref = entityRef.toLocaleLowerCase('en-US');
    return release.components.some(
      c => c.entityRef === ref || c.systemRef === ref,
    );
  },
  toQuery: ({ entityRef }) => ({
    includesEntity: entityRef.toLocaleLowerCase('en-US'),
  }),
});

export const hasStatus = createPermissionRule({
  name: 'HAS_STATUS',
  description: 'The release has one of the given statuses',
  resourceRef: releaseResourceRef,
  paramsSchema: z.object({
    statuses: z.array(
      z.enum(RELEASE_STATUSES as [ReleaseStatus, ...ReleaseStatus[]]),
    ),
  }),
  apply: (release, { statuses }) => statuses.includes(release.status),
  toQuery: ({ statuses }) => ({ statuses }),
});

/** Keyed by the names policies use: `releaseConditions.includesEntity(...)` is public API. */
export const releaseRules = {
  isReleaseOwner,
  includesEntity: releaseIncludesEntity,
  hasStatus,
};

/** A checklist item with the release it belongs to, which decides who owns it. */
export interface ChecklistItemResource {
  item: ChecklistItem;
  release: StoredRelease;
}

/** Items are only ever authorised one release at a time, in memory; the query form names owners. */
export type ChecklistItemQuery =
  | { componentOwners: string[] }
  | { releaseOwners: string[] };

export const checklistItemResourceRef = createPermissionResourceRef<
  ChecklistItemResource,
  ChecklistItemQuery
>().with({
  pluginId: 'releases',
  resourceType: RELEASE_CHECKLIST_ITEM_RESOURCE_TYPE,
});

export const isComponentOwner = createPermissionRule({
  name: 'IS_COMPONENT_OWNER',
  description:
    "The user owns the item's component, as the catalog said when it was added",
  resourceRef: checklistItemResourceRef,
  paramsSchema: claims,
  apply: ({ item, release }, { claims: refs }) => {
    const owner = release.components.find(
      c => c.entityRef === item.componentRef,
    )?.ownerRef;
    return !!owner && lower(refs).includes(owner);
  },
  toQuery: ({ claims: refs }) => ({ componentOwners: lower(refs) }),
});

export const isItemReleaseOwner = createPermissionRule({
  name: 'IS_RELEASE_OWNER',
  description:
    "The user owns the item's release, or is a member of the owning group",
  resourceRef: checklistItemResourceRef,
  paramsSchema: claims,
  apply: ({ release }, { claims: refs }) => lower(refs).includes(release.owner),
  toQuery: ({ claims: refs }) => ({ releaseOwners: lower(refs) }),
});

export const checklistItemRules = {
  isComponentOwner,
  isReleaseOwner: isItemReleaseOwner,
};
