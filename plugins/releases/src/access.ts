import type {
  Release,
  ReleaseAccess,
} from '@releasekit/plugin-releases-common';

/** What the viewer may do; a release from a backend that does not say allows everything. */
export function accessOf(release: Release): ReleaseAccess {
  return (
    release.access ?? {
      update: true,
      delete: true,
      updatableItemIds: release.checklist.map(i => i.id),
    }
  );
}

export const NOT_RELEASE_OWNER =
  'Only the release owner (or a release admin) can do this';

export function cannotTickReason(componentRef: string | null): string {
  return componentRef
    ? `Only the owners of ${componentRef} and the release owner can update this item`
    : 'Only the release owner can update release-level items';
}
