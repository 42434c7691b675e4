import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { normalizeRefs } from '../ownership';

/**
 * The refs that make an item "mine": the signed-in user and every group they belong to.
 * Undefined while the identity loads; empty when it cannot be read, so nothing counts as mine.
 */
export function useViewerRefs(): Set<string> | undefined {
  const identityApi = useApi(identityApiRef);
  const { value, error } = useAsync(async () => {
    const identity = await identityApi.getBackstageIdentity();
    return normalizeRefs([
      identity.userEntityRef,
      ...identity.ownershipEntityRefs,
    ]);
  }, [identityApi]);
  if (error) return new Set();
  return value;
}
