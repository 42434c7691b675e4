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
  ReleaseSearchResultListItem,
} from './plugin';
export type { ReleaseSearchResultListItemProps } from './components/search/ReleaseSearchResultListItem';
export { isDeployableEntity, isReleasableEntity } from './entityFilters';
export { isReleaseSearchResult } from './releaseSearch';
export * from './api';
export {
  rootRouteRef,
  releaseRouteRef,
  metricsRouteRef,
  calendarRouteRef,
} from './routes';
