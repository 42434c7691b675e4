import { screen } from '@testing-library/react';
import type { ReleaseMetrics } from '@releasekit/plugin-releases-common';
import { DateTime } from 'luxon';
import { delay, http, HttpResponse } from 'msw';
import {
  errorResponse,
  RELEASES_BASE_URL,
  setUpMswServer,
} from '../../../__testUtils__/apis';
import {
  checkoutService,
  storefrontSystem,
  emptyMetricsSummary,
} from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { EntityReleaseHealthCard as LegacyEntityReleaseHealthCard } from '../../../plugin';
import { EntityReleaseHealthCard } from './EntityReleaseHealthCard';

const server = setUpMswServer();

const metrics: ReleaseMetrics = {
  from: '2030-01-01T00:00:00.000Z',
  to: '2030-06-15T00:00:00.000Z',
  overall: {
    completed: 4,
    onTimeRate: 0.75,
    averageSlipHours: 3,
    p90SlipHours: 12,
    changeFailureRate: 0.25,
    averageLeadTimeHours: 96,
    averageReadinessLeadTimeHours: 48,
  },
  byMonth: [
    { ...emptyMetricsSummary, month: '2030-02', completed: 3, onTimeRate: 1 },
    { ...emptyMetricsSummary, month: '2030-05', completed: 1, onTimeRate: 0 },
  ],
  byTeam: [],
};

function serveMetrics(body: ReleaseMetrics) {
  const queries: URLSearchParams[] = [];
  server.use(
    http.get(`${RELEASES_BASE_URL}/metrics`, ({ request }) => {
      queries.push(new URL(request.url).searchParams);
      return HttpResponse.json(body);
    }),
  );
  return queries;
}

describe('EntityReleaseHealthCard', () => {
  it('shows progress while loading', async () => {
    server.use(
      http.get(`${RELEASES_BASE_URL}/metrics`, async () => {
        await delay('infinite');
        return HttpResponse.json(metrics);
      }),
    );
    await renderWithApis(<EntityReleaseHealthCard />, {
      entity: checkoutService,
    });
    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });

  it('shows the entity’s release health over the last six months, with a trend', async () => {
    const queries = serveMetrics(metrics);
    await renderWithApis(<EntityReleaseHealthCard />, {
      entity: checkoutService,
    });

    const onTime = await screen.findByRole('region', { name: 'On-time rate' });
    expect(onTime).toHaveTextContent('75%');
    expect(
      screen.getByRole('region', { name: 'Change failure rate' }),
    ).toHaveTextContent('25%');
    expect(
      screen.getByRole('region', { name: 'Average slip' }),
    ).toHaveTextContent('3 h');
    expect(
      screen.getByRole('region', { name: 'Releases, last 6 months' }),
    ).toHaveTextContent('4');

    // A bar for each month with releases; the quiet months between them are on the axis.
    const trend = screen.getByRole('figure', { name: /per month/ });
    expect(
      trend.querySelectorAll('path[name="Releases completed"]'),
    ).toHaveLength(2);
    expect(trend).toHaveTextContent('Mar 2030');

    expect(queries).toHaveLength(1);
    expect(queries[0].get('entityRef')).toBe(
      'component:default/checkout-service',
    );
    expect(queries[0].get('from')).toBe(
      DateTime.utc().startOf('month').minus({ months: 5 }).toISO(),
    );
  });

  it('says when nothing of the entity was completed', async () => {
    const queries = serveMetrics({
      ...metrics,
      overall: emptyMetricsSummary,
      byMonth: [],
    });
    await renderWithApis(<EntityReleaseHealthCard />, {
      entity: storefrontSystem,
    });
    expect(
      await screen.findByText(
        'No release of this system was completed in the last 6 months.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'On-time rate' })).toBeNull();
    expect(screen.queryByRole('figure')).toBeNull();
    expect(queries[0].get('entityRef')).toBe('system:default/storefront');
  });

  it('is provided to legacy apps as an entity card extension', async () => {
    serveMetrics(metrics);
    await renderWithApis(<LegacyEntityReleaseHealthCard />, {
      entity: checkoutService,
    });
    expect(await screen.findByText('Release health')).toBeInTheDocument();
    expect(
      await screen.findByRole('region', { name: 'On-time rate' }),
    ).toHaveTextContent('75%');
  });

  it('shows the error the API answered with', async () => {
    server.use(
      http.get(`${RELEASES_BASE_URL}/metrics`, () =>
        errorResponse(403, 'NotAllowedError', 'You may not read releases'),
      ),
    );
    await renderWithApis(<EntityReleaseHealthCard />, {
      entity: checkoutService,
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You may not read releases',
    );
  });
});
