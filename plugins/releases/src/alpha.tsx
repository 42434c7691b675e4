import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import {
  SearchFilterResultTypeBlueprint,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import EventNoteIcon from '@material-ui/icons/EventNote';
import { RELEASE_SEARCH_TYPE } from '@releasekit/plugin-releases-common';
import { releasesApiRef, ReleasesClient } from './api';
import { isDeployableEntity, isReleasableEntity } from './entityFilters';
import {
  loadEntityDeploymentsCard,
  loadEntityReleaseHealthCard,
  loadEntityReleasesContent,
  loadEntityUpcomingReleaseCard,
  loadReleaseSearchResultListItem,
  loadReleasesRouter,
} from './extensionLoaders';
import { elementLoader } from './lazyLoad';
import { isReleaseSearchResult } from './releaseSearch';
import {
  calendarRouteRef,
  metricsRouteRef,
  releaseRouteRef,
  rootRouteRef,
} from './routes';

const releasesApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: releasesApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new ReleasesClient({ discoveryApi, fetchApi }),
    }),
});

const releasesPage = PageBlueprint.make({
  params: {
    path: '/releases',
    title: 'Releases',
    icon: <EventNoteIcon />,
    routeRef: rootRouteRef,
    noHeader: true,
    loader: elementLoader(loadReleasesRouter),
  },
});

const entityReleasesContent = EntityContentBlueprint.make({
  params: {
    path: '/releases',
    title: 'Releases',
    filter: isReleasableEntity,
    loader: elementLoader(loadEntityReleasesContent),
  },
});

const entityUpcomingReleaseCard = EntityCardBlueprint.make({
  name: 'upcoming-release',
  params: {
    filter: isReleasableEntity,
    loader: elementLoader(loadEntityUpcomingReleaseCard),
  },
});

const entityReleaseHealthCard = EntityCardBlueprint.make({
  name: 'release-health',
  params: {
    filter: isReleasableEntity,
    loader: elementLoader(loadEntityReleaseHealthCard),
  },
});

const entityDeploymentsCard = EntityCardBlueprint.make({
  name: 'deployments',
  params: {
    filter: isDeployableEntity,
    loader: elementLoader(loadEntityDeploymentsCard),
  },
});

/** Releases among the search page's results, from @releasekit/plugin-search-backend-module-releases. */
const releaseSearchResultListItem = SearchResultListItemBlueprint.make({
  params: {
    predicate: isReleaseSearchResult,
    icon: <EventNoteIcon />,
    component: loadReleaseSearchResultListItem,
  },
});

/** "Releases" in the search page's result types, to search releases alone. */
const releaseSearchResultType = SearchFilterResultTypeBlueprint.make({
  params: {
    value: RELEASE_SEARCH_TYPE,
    name: 'Releases',
    icon: <EventNoteIcon />,
  },
});

/**
 * The Releases plugin for apps on the new frontend system; discovered without code.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'releases',
  title: 'Releases',
  icon: <EventNoteIcon />,
  routes: {
    root: rootRouteRef,
    release: releaseRouteRef,
    metrics: metricsRouteRef,
    calendar: calendarRouteRef,
  },
  extensions: [
    releasesApi,
    releasesPage,
    entityReleasesContent,
    entityUpcomingReleaseCard,
    entityReleaseHealthCard,
    entityDeploymentsCard,
    releaseSearchResultListItem,
    releaseSearchResultType,
  ],
});
