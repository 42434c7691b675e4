/**
 * The Releases frontend plugin for Backstage: entity releases tab and card, release pages.
 * Apps on the new frontend system use the default export of `@releasekit/plugin-releases/alpha`.
 *
 * @packageDocumentation
 */
export {
  releasesPlugin,
  ReleasesPage,
  EntityReleasesContent,
  EntityUpcomingReleaseCard,
  EntityReleaseHealthCard,
  EntityDeploymentsCard,
} from './plugin';
export { isDeployableEntity, isReleasableEntity } from './entityFilters';
export * from './api';
export {
  rootRouteRef,
  releaseRouteRef,
  metricsRouteRef,
  calendarRouteRef,
} from './routes';
