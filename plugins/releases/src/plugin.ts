import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { createSearchResultListItemExtension } from '@backstage/plugin-search-react';
import { releasesApiRef, ReleasesClient } from './api';
import type { ReleaseSearchResultListItemProps } from './components/search/ReleaseSearchResultListItem';
import {
  loadEntityDeploymentsCard,
  loadEntityReleaseHealthCard,
  loadEntityReleasesContent,
  loadEntityUpcomingReleaseCard,
  loadReleaseSearchResultListItem,
  loadReleasesRouter,
} from './extensionLoaders';
import { isReleaseSearchResult } from './releaseSearch';
import {
  calendarRouteRef,
  metricsRouteRef,
  releaseRouteRef,
  rootRouteRef,
} from './routes';

/**
 * The Releases plugin for apps on the legacy frontend system (`@backstage/core-plugin-api`).
 *
 * @public
 */
export const releasesPlugin = createPlugin({
  id: 'releases',
  apis: [
    createApiFactory({
      api: releasesApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new ReleasesClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: {
    root: rootRouteRef,
    release: releaseRouteRef,
    metrics: metricsRouteRef,
    calendar: calendarRouteRef,
  },
});

/**
 * The org-wide Releases page and the release pages below it; mount it at `/releases`.
 *
 * @public
 */
export const ReleasesPage: () => JSX.Element = releasesPlugin.provide(
  createRoutableExtension({
    name: 'ReleasesPage',
    component: loadReleasesRouter,
    mountPoint: rootRouteRef,
  }),
);

/**
 * The Releases tab for component and system pages.
 *
 * @public
 */
export const EntityReleasesContent: () => JSX.Element = releasesPlugin.provide(
  createComponentExtension({
    name: 'EntityReleasesContent',
    component: {
      lazy: loadEntityReleasesContent,
    },
  }),
);

/**
 * The "Upcoming release" card for an entity's overview page.
 *
 * @public
 */
export const EntityUpcomingReleaseCard: () => JSX.Element =
  releasesPlugin.provide(
    createComponentExtension({
      name: 'EntityUpcomingReleaseCard',
      component: {
        lazy: loadEntityUpcomingReleaseCard,
      },
    }),
  );

/**
 * The "Release health" card: on time, change failure rate and slip of the entity's releases.
 *
 * @public
 */
export const EntityReleaseHealthCard: () => JSX.Element =
  releasesPlugin.provide(
    createComponentExtension({
      name: 'EntityReleaseHealthCard',
      component: {
        lazy: loadEntityReleaseHealthCard,
      },
    }),
  );

/**
 * The "Deployments" card for a component: the version per environment and the release it came with.
 *
 * @public
 */
export const EntityDeploymentsCard: () => JSX.Element = releasesPlugin.provide(
  createComponentExtension({
    name: 'EntityDeploymentsCard',
    component: {
      lazy: loadEntityDeploymentsCard,
    },
  }),
);

/**
 * A release in the search page's results: put it among the `SearchResult` list items of your
 * search page (results of type `release`, from `@releasekit/plugin-search-backend-module-releases`).
 *
 * @public
 */
export const ReleaseSearchResultListItem: (
  props: ReleaseSearchResultListItemProps,
) => JSX.Element | null = releasesPlugin.provide(
  createSearchResultListItemExtension({
    name: 'ReleaseSearchResultListItem',
    component: loadReleaseSearchResultListItem,
    predicate: isReleaseSearchResult,
  }),
);
