import type { CurrentDeployments } from '@releasekit/plugin-releases-common';
import { screen, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import {
  errorResponse,
  RELEASES_BASE_URL,
  setUpMswServer,
} from '../../../__testUtils__/apis';
import { aDeployment } from '../../../__testUtils__/deploymentFixtures';
import { aRelease, checkoutService } from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { EntityDeploymentsCard as LegacyEntityDeploymentsCard } from '../../../plugin';
import { EntityDeploymentsCard } from './EntityDeploymentsCard';

const server = setUpMswServer();

const CHECKOUT = 'component:default/checkout-service';

const current: CurrentDeployments = {
  entityRef: CHECKOUT,
  environments: [
    {
      name: 'staging',
      production: false,
      deployment: aDeployment({
        version: '2.5.0',
        environment: 'staging',
        releaseId: 'rel-2',
        url: 'https://ci.example.com/runs/25',
        finishedAt: '2026-04-02T10:00:00.000Z',
        reportedBy: 'user:default/jane',
      }),
    },
    {
      name: 'production',
      production: true,
      deployment: aDeployment({
        version: '2.4.0',
        releaseId: 'rel-1',
        url: 'https://ci.example.com/runs/24',
        finishedAt: '2026-04-01T08:10:00.000Z',
      }),
    },
    { name: 'qa', production: false, deployment: null },
  ],
};

function serveCurrent(answer: CurrentDeployments) {
  const asked: string[] = [];
  server.use(
    http.get(`${RELEASES_BASE_URL}/deployments/current`, ({ request }) => {
      asked.push(new URL(request.url).searchParams.get('entityRef')!);
      return HttpResponse.json(answer);
    }),
    http.get(`${RELEASES_BASE_URL}/releases/:id`, ({ params }) =>
      HttpResponse.json(
        aRelease({
          id: params.id as string,
          title: 'Checkout',
          version: params.id === 'rel-1' ? '2.4.0' : '2.5.0',
        }),
      ),
    ),
  );
  return asked;
}

function rowOf(environment: string) {
  const table = screen.getByRole('table', {
    name: 'Deployed version per environment',
  });
  return within(table).getByRole('rowheader', { name: environment })
    .parentElement as HTMLElement;
}

describe('EntityDeploymentsCard', () => {
  it('shows progress while loading', async () => {
    server.use(
      http.get(`${RELEASES_BASE_URL}/deployments/current`, async () => {
        await delay('infinite');
        return HttpResponse.json(current);
      }),
    );
    await renderWithApis(<EntityDeploymentsCard />, {
      entity: checkoutService,
    });
    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });

  it('shows the version per environment, the release it came with, when, who and the run', async () => {
    const asked = serveCurrent(current);
    await renderWithApis(<EntityDeploymentsCard />, {
      entity: checkoutService,
    });
    expect(
      await screen.findByRole('link', { name: 'Checkout 2.5.0' }),
    ).toHaveAttribute('href', '/releases/rel-2');
    expect(asked).toEqual([CHECKOUT]);

    const staging = within(rowOf('staging'));
    expect(staging.getByRole('cell', { name: '2.5.0' })).toBeInTheDocument();
    expect(staging.getByRole('link', { name: /jane/i })).toBeInTheDocument();
    const stagingRun = staging.getByRole('link', {
      name: 'Pipeline run of 2.5.0 in staging',
    });
    expect(stagingRun).toHaveAttribute(
      'href',
      'https://ci.example.com/runs/25',
    );
    expect(stagingRun.className).toMatch(/MuiLink-underlineAlways/);
    expect(
      staging.getByText((_, node) => node?.tagName === 'TIME'),
    ).toHaveAttribute('dateTime', '2026-04-02T10:00:00.000Z');

    const production = within(rowOf('production'));
    expect(production.getByRole('cell', { name: '2.4.0' })).toBeInTheDocument();
    expect(
      await production.findByRole('link', { name: 'Checkout 2.4.0' }),
    ).toHaveAttribute('href', '/releases/rel-1');
    expect(production.getByText('external:github-actions')).toBeInTheDocument();

    expect(
      within(rowOf('qa')).getByText('Nothing deployed yet'),
    ).toBeInTheDocument();
  });

  it('says that nothing was reported yet, and how pipelines report', async () => {
    serveCurrent({
      entityRef: CHECKOUT,
      environments: [
        { name: 'staging', production: false, deployment: null },
        { name: 'production', production: true, deployment: null },
      ],
    });
    await renderWithApis(<EntityDeploymentsCard />, {
      entity: checkoutService,
    });
    expect(
      await screen.findByText('No deployments reported yet.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Pipelines report each deployment to POST/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows the error the API answered with', async () => {
    server.use(
      http.get(`${RELEASES_BASE_URL}/deployments/current`, () =>
        errorResponse(403, 'NotAllowedError', 'You may not read deployments'),
      ),
    );
    await renderWithApis(<EntityDeploymentsCard />, {
      entity: checkoutService,
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You may not read deployments',
    );
  });

  it('is provided to legacy apps as an entity card extension', async () => {
    serveCurrent(current);
    await renderWithApis(<LegacyEntityDeploymentsCard />, {
      entity: checkoutService,
    });
    expect(await screen.findByText('Deployments')).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: 'Checkout 2.4.0' }),
    ).toBeInTheDocument();
  });
});
