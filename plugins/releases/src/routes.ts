import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

/**
 * The org-wide Releases page.
 *
 * @public
 */
export const rootRouteRef = createRouteRef({ id: 'releases' });

/**
 * One release's page, below the Releases page.
 *
 * @public
 */
export const releaseRouteRef = createSubRouteRef({
  id: 'releases/release',
  parent: rootRouteRef,
  path: '/:releaseId',
});

/**
 * Release metrics for the organisation: on time, slip, change failure rate, lead times.
 *
 * @public
 */
export const metricsRouteRef = createSubRouteRef({
  id: 'releases/metrics',
  parent: rootRouteRef,
  path: '/metrics',
});

/**
 * The org-wide release calendar: month, week and timeline, with freezes and conflicts.
 *
 * @public
 */
export const calendarRouteRef = createSubRouteRef({
  id: 'releases/calendar',
  parent: rootRouteRef,
  path: '/calendar',
});
