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
import EventNoteIcon from '@material-ui/icons/EventNote';
import { releasesApiRef, ReleasesClient } from './api';
import { isDeployableEntity, isReleasableEntity } from './entityFilters';
import {
  loadEntityDeploymentsCard,
  loadEntityReleaseHealthCard,
  loadEntityReleasesContent,
  loadEntityUpcomingReleaseCard,
  loadReleasesRouter,
} from './extensionLoaders';
import { elementLoader } from './lazyLoad';
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

/** The Releases plugin for apps on the new frontend system; discovered without code. */
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
  ],
});
