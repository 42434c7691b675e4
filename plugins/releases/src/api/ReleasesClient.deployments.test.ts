import { mockApis } from '@backstage/test-utils';
import { http, HttpResponse } from 'msw';
import {
  errorResponse,
  RELEASES_BASE_URL,
  setUpMswServer,
} from '../__testUtils__/apis';
import {
  aDeployment,
  anExecutionStep,
  emptyDeploymentFigures,
} from '../__testUtils__/deploymentFixtures';
import { ReleasesClient } from './ReleasesClient';
import { serverErrorOf } from './serverError';

const server = setUpMswServer();

const client = new ReleasesClient({
  discoveryApi: mockApis.discovery({ baseUrl: 'http://localhost:7007' }),
  fetchApi: { fetch: (input, init) => fetch(input, init) },
});

const CHECKOUT = 'component:default/checkout-service';

describe('ReleasesClient: deployments', () => {
  it('lists deployments with only the filters that are set, and reads the page', async () => {
    const urls: URL[] = [];
    const deployment = aDeployment();
    server.use(
      http.get(`${RELEASES_BASE_URL}/deployments`, ({ request }) => {
        urls.push(new URL(request.url));
        return HttpResponse.json({ items: [deployment], nextCursor: 'c2' });
      }),
    );
    expect(
      await client.listDeployments({
        entityRef: CHECKOUT,
        environment: '',
        releaseId: 'rel-1',
        limit: 10,
      }),
    ).toEqual({ items: [deployment], nextCursor: 'c2' });
    expect(Object.fromEntries(urls[0].searchParams)).toEqual({
      entityRef: CHECKOUT,
      releaseId: 'rel-1',
      limit: '10',
    });
  });

  it('reports a deployment as its body, and returns what the report did', async () => {
    const bodies: unknown[] = [];
    const deployment = aDeployment({ status: 'started', finishedAt: null });
    server.use(
      http.post(`${RELEASES_BASE_URL}/deployments`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(
          { deployment, created: true, changed: true },
          { status: 201 },
        );
      }),
    );
    const request = {
      entityRef: CHECKOUT,
      version: '2.4.0',
      environment: 'production',
      status: 'started' as const,
      url: 'https://ci.example.com/runs/7',
    };
    expect(await client.reportDeployment(request)).toEqual({
      deployment,
      created: true,
      changed: true,
    });
    expect(bodies).toEqual([request]);
  });

  it('asks what is deployed where for one component', async () => {
    const urls: URL[] = [];
    const current = {
      entityRef: CHECKOUT,
      environments: [
        { name: 'staging', production: false, deployment: aDeployment() },
        { name: 'production', production: true, deployment: null },
      ],
    };
    server.use(
      http.get(`${RELEASES_BASE_URL}/deployments/current`, ({ request }) => {
        urls.push(new URL(request.url));
        return HttpResponse.json(current);
      }),
    );
    expect(await client.getCurrentDeployments(CHECKOUT)).toEqual(current);
    expect(urls[0].searchParams.get('entityRef')).toBe(CHECKOUT);
  });
});

describe('ReleasesClient: runbook and deployment metrics', () => {
  it('reads a release’s runbook, and says why when the release is not there', async () => {
    const execution = {
      releaseId: 'rel-1',
      productionEnvironment: 'production',
      steps: [anExecutionStep()],
      complete: false,
      releasedAt: null,
      failure: null,
      degraded: false,
    };
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases/:id/execution`, ({ params }) =>
        params.id === 'rel-1'
          ? HttpResponse.json(execution)
          : errorResponse(
              404,
              'NotFoundError',
              `No release with id ${params.id}`,
            ),
      ),
    );
    expect(await client.getReleaseExecution('rel-1')).toEqual(execution);
    const refusal = await client.getReleaseExecution('rel-9').catch(e => e);
    expect(serverErrorOf(refusal)).toMatchObject({
      name: 'NotFoundError',
      message: 'No release with id rel-9',
    });
  });

  it('asks for deployment metrics with only the filters that are set', async () => {
    const urls: URL[] = [];
    const metrics = {
      from: '2030-01-01T00:00:00.000Z',
      to: '2030-07-01T00:00:00.000Z',
      environment: 'production',
      overall: emptyDeploymentFigures,
      byTeam: [],
      byComponent: [],
    };
    server.use(
      http.get(`${RELEASES_BASE_URL}/metrics/deployments`, ({ request }) => {
        urls.push(new URL(request.url));
        return HttpResponse.json(metrics);
      }),
    );
    expect(await client.getDeploymentMetrics()).toEqual(metrics);
    await client.getDeploymentMetrics({
      from: '2030-01-01T00:00:00.000Z',
      owner: 'group:default/checkout-team',
      entityRef: undefined,
    });
    expect(urls[0].search).toBe('');
    expect(Object.fromEntries(urls[1].searchParams)).toEqual({
      from: '2030-01-01T00:00:00.000Z',
      owner: 'group:default/checkout-team',
    });
  });
});
