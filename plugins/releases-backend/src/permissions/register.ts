import type { PermissionsRegistryService } from '@backstage/backend-plugin-api';
import {
  freezeManagePermission,
  releaseChecklistItemUpdatePermission,
  releaseCreatePermission,
  releaseDeletePermission,
  releaseReadPermission,
  releaseUpdatePermission,
} from '@releasekit/plugin-releases-common';
import type { ReleaseStore } from '../database/ReleaseStore';
import {
  checklistItemResourceRef,
  checklistItemRules,
  releaseResourceRef,
  releaseRules,
} from './rules';

/**
 * Registers the plugin's permissions, resource types and rules, so that policies can use them and
 * the permission framework can resolve conditional decisions about releases for other callers.
 */
export function registerReleasePermissions(
  registry: PermissionsRegistryService,
  store: ReleaseStore,
): void {
  registry.addPermissions([releaseCreatePermission, freezeManagePermission]);
  registry.addResourceType({
    resourceRef: releaseResourceRef,
    permissions: [
      releaseReadPermission,
      releaseUpdatePermission,
      releaseDeletePermission,
    ],
    rules: Object.values(releaseRules),
    getResources: ids => Promise.all(ids.map(id => store.getRelease(id))),
  });
  registry.addResourceType({
    resourceRef: checklistItemResourceRef,
    permissions: [releaseChecklistItemUpdatePermission],
    rules: Object.values(checklistItemRules),
    // Items are referenced as `<releaseId>:<itemId>`.
    getResources: refs =>
      Promise.all(
        refs.map(async ref => {
          const [releaseId, itemId] = ref.split(':');
          const release = await store.getRelease(releaseId);
          const item = release?.checklist.find(i => i.id === itemId);
          return release && item ? { release, item } : undefined;
        }),
      ),
  });
}
