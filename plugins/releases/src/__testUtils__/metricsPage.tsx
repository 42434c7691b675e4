import type { DeploymentMetrics } from '@releasekit/plugin-releases-common';
import { http, HttpResponse } from 'msw';
import type { SetupServer } from 'msw/node';
import { Route, Routes } from 'react-router-dom';
import { Router } from '../components/Router';
import { RELEASES_BASE_URL } from './apis';
import { emptyDeploymentFigures } from './deploymentFixtures';
import { renderWithApis } from './render';

/** A range in which no production deployment finished. */
export const emptyDeploymentMetrics: DeploymentMetrics = {
  from: '2030-01-01T00:00:00.000Z',
  to: '2030-04-02T00:00:00.000Z',
  environment: 'production',
  overall: emptyDeploymentFigures,
  byTeam: [],
  byComponent: [],
};

/** Answers GET /metrics/deployments and records the queries asked. */
export function serveDeploymentMetrics(
  server: SetupServer,
  body: DeploymentMetrics | (() => Response) = emptyDeploymentMetrics,
) {
  const queries: URLSearchParams[] = [];
  server.use(
    http.get(`${RELEASES_BASE_URL}/metrics/deployments`, ({ request }) => {
      queries.push(new URL(request.url).searchParams);
      return typeof body === 'function' ? body() : HttpResponse.json(body);
    }),
  );
  return queries;
}

/** Renders the plugin's routes at the metrics page. */
export async function renderMetricsPage() {
  return renderWithApis(
    <Routes>
      <Route path="/releases/*" element={<Router />} />
    </Routes>,
    { routeEntries: ['/releases/metrics'] },
  );
}
