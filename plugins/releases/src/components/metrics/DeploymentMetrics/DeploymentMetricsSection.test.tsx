import type { DeploymentMetrics } from '@releasekit/plugin-releases-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DateTime } from 'luxon';
import { http, HttpResponse } from 'msw';
import {
  errorResponse,
  RELEASES_BASE_URL,
  setUpMswServer,
} from '../../../__testUtils__/apis';
import { emptyMetricsSummary } from '../../../__testUtils__/fixtures';
import {
  emptyDeploymentMetrics,
  renderMetricsPage,
  serveDeploymentMetrics,
} from '../../../__testUtils__/metricsPage';

// Picking from the range and team menus takes many events; small CI machines are slow at it.
jest.setTimeout(30_000);

const server = setUpMswServer();

/**
 * Thirteen weeks (1 Jan to 2 Apr 2030) of production deployments, worked by hand: checkout-service
 * 5 (none failed), cart-service 3 (one failed, restored 2 h later), both of the checkout team;
 * payments-api 4 of the payments team (two failed, restored after 6 h and 9 h). Overall 12, 3
 * failed: 25%; restored after 2, 6 and 9 h: 17/3 h on average.
 */
const metrics: DeploymentMetrics = {
  from: '2030-01-01T00:00:00.000Z',
  to: '2030-04-02T00:00:00.000Z',
  environment: 'production',
  overall: {
    deployments: 12,
    perWeek: 12 / 13,
    changeFailureRate: 3 / 12,
    meanTimeToRestoreHours: 17 / 3,
  },
  byTeam: [
    {
      owner: 'group:default/checkout-team',
      deployments: 8,
      perWeek: 8 / 13,
      changeFailureRate: 1 / 8,
      meanTimeToRestoreHours: 2,
    },
    {
      owner: 'group:default/payments-team',
      deployments: 4,
      perWeek: 4 / 13,
      changeFailureRate: 2 / 4,
      meanTimeToRestoreHours: 7.5,
    },
  ],
  byComponent: [
    {
      entityRef: 'component:default/checkout-service',
      deployments: 5,
      perWeek: 5 / 13,
      changeFailureRate: 0,
      meanTimeToRestoreHours: null,
    },
    {
      entityRef: 'component:default/cart-service',
      deployments: 3,
      perWeek: 3 / 13,
      changeFailureRate: 1 / 3,
      meanTimeToRestoreHours: 2,
    },
    {
      entityRef: 'component:default/payments-api',
      deployments: 4,
      perWeek: 4 / 13,
      changeFailureRate: 2 / 4,
      meanTimeToRestoreHours: 7.5,
    },
  ],
};

function servePlanMetrics() {
  server.use(
    http.get(`${RELEASES_BASE_URL}/metrics`, () =>
      HttpResponse.json({
        from: metrics.from,
        to: metrics.to,
        overall: emptyMetricsSummary,
        byMonth: [],
        byTeam: [],
      }),
    ),
  );
}

function deploymentsCard() {
  return screen
    .getByRole('heading', { name: 'Deployments' })
    .closest('[class*="MuiCard-root"]') as HTMLElement;
}

/** The cells of the row of a table titled `title` whose first cell reads `first`. */
function rowOf(title: string, first: string) {
  const table = screen
    .getByRole('heading', { name: title })
    .closest('div[class*="MuiPaper"]') as HTMLElement;
  const row = within(table)
    .getAllByRole('row')
    .find(r => within(r).queryAllByRole('cell')[0]?.textContent === first);
  if (!row) throw new Error(`No row for ${first}`);
  return within(row)
    .getAllByRole('cell')
    .map(cell => cell.textContent);
}

const startOfRange = (months: number) =>
  DateTime.utc()
    .startOf('month')
    .minus({ months: months - 1 })
    .toISO();

describe('Deployment metrics on the metrics page', () => {
  it('shows frequency, change failure rate and time to restore, what they mean, per team and per component', async () => {
    servePlanMetrics();
    serveDeploymentMetrics(server, metrics);
    await renderMetricsPage();

    const frequency = await screen.findByRole('region', {
      name: 'Deployment frequency',
    });
    expect(frequency).toHaveTextContent('0.9 per week');
    expect(frequency).toHaveTextContent('12 deployments to production');
    expect(
      screen.getByRole('region', { name: 'Deployment change failure rate' }),
    ).toHaveTextContent('25%');
    expect(
      screen.getByRole('region', { name: 'Mean time to restore' }),
    ).toHaveTextContent('5.7 h');

    const card = within(deploymentsCard());
    expect(
      card.getByText('Deployment frequency', { selector: 'dt' }),
    ).toBeInTheDocument();
    expect(
      card.getByText(/divided by the weeks in the range/, { selector: 'dd' }),
    ).toHaveTextContent(/^Deployments to production finished in the range/);
    expect(
      card.getByText(
        /^The share of those deployments that failed or were rolled back/,
        {
          selector: 'dd',
        },
      ),
    ).toBeInTheDocument();
    expect(
      card.getByText(/to the next successful one of the same component/, {
        selector: 'dd',
      }),
    ).toBeInTheDocument();

    expect(rowOf('Deployments per team', 'checkout-team')).toEqual([
      'checkout-team',
      '8',
      '0.6 per week',
      '13%',
      '2 h',
    ]);
    expect(rowOf('Deployments per team', 'payments-team')).toEqual([
      'payments-team',
      '4',
      '0.3 per week',
      '50%',
      '7.5 h',
    ]);
    expect(rowOf('Deployments per component', 'checkout-service')).toEqual([
      'checkout-service',
      '5',
      '0.4 per week',
      '0%',
      '—',
    ]);
    expect(rowOf('Deployments per component', 'cart-service')).toEqual([
      'cart-service',
      '3',
      '0.2 per week',
      '33%',
      '2 h',
    ]);
    expect(rowOf('Deployments per component', 'payments-api')).toEqual([
      'payments-api',
      '4',
      '0.3 per week',
      '50%',
      '7.5 h',
    ]);
  });
});

describe('Deployment metrics: empty, failing and filtered again', () => {
  it('says when no production deployment finished in the range', async () => {
    servePlanMetrics();
    serveDeploymentMetrics(server, emptyDeploymentMetrics);
    await renderMetricsPage();
    expect(
      await screen.findByText(
        'No production deployment finished in this range.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Deployment frequency' }),
    ).toBeNull();
  });

  it('shows the error the API answered with, and the plan-based figures all the same', async () => {
    servePlanMetrics();
    serveDeploymentMetrics(server, () =>
      errorResponse(503, 'ServiceUnavailableError', 'Deployments are away'),
    );
    await renderMetricsPage();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Deployments are away',
    );
    expect(within(deploymentsCard()).getByRole('alert')).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Releases completed' }),
    ).toHaveTextContent('0');
  });

  it('asks again for the range and the team the page is filtered to', async () => {
    servePlanMetrics();
    const queries = serveDeploymentMetrics(server, metrics);
    await renderMetricsPage();
    await screen.findByRole('region', { name: 'Deployment frequency' });
    expect(queries).toHaveLength(1);
    expect(queries[0].get('from')).toBe(startOfRange(6));
    expect(queries[0].has('owner')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: /Range/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Last 3 months' }),
    );
    await waitFor(() => expect(queries).toHaveLength(2));
    expect(queries[1].get('from')).toBe(startOfRange(3));

    await screen.findByRole('region', { name: 'Deployment frequency' });
    const owner = screen.getByRole('textbox', { name: /Owning team/ });
    await userEvent.click(owner);
    fireEvent.change(owner, { target: { value: 'checkout' } });
    await userEvent.click(
      await screen.findByRole('option', {
        name: 'group:default/checkout-team',
      }),
    );
    await waitFor(() => expect(queries).toHaveLength(3));
    expect(queries[2].get('owner')).toBe('group:default/checkout-team');
    expect(queries[2].get('from')).toBe(startOfRange(3));
  });
});
