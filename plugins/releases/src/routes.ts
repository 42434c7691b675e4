import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

/** The org-wide Releases page. */
export const rootRouteRef = createRouteRef({ id: 'releases' });

/** One release's page, below the Releases page. */
export const releaseRouteRef = createSubRouteRef({
  id: 'releases/release',
  parent: rootRouteRef,
  path: '/:releaseId',
});
