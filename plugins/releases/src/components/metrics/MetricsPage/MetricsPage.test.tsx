import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReleaseMetrics } from '@releasekit/plugin-releases-common';
import { DateTime } from 'luxon';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router-dom';
import {
  errorResponse,
  RELEASES_BASE_URL,
  setUpMswServer,
} from '../../../__testUtils__/apis';
import { emptyMetricsSummary } from '../../../__testUtils__/fixtures';
import { serveDeploymentMetrics } from '../../../__testUtils__/metricsPage';
import { renderWithApis } from '../../../__testUtils__/render';
import { Router } from '../../Router';

// Picking from the range and team menus takes many events; small CI machines are slow at it.
jest.setTimeout(30_000);

const server = setUpMswServer();

// The deployments section asks on its own; DeploymentMetricsSection.test.tsx tests it.
beforeEach(() => serveDeploymentMetrics(server));

/** Six releases from January to March 2030: February had none. */
const metrics: ReleaseMetrics = {
  from: '2030-01-01T00:00:00.000Z',
  to: '2030-03-20T10:00:00.000Z',
  overall: {
    completed: 6,
    onTimeRate: 5 / 6,
    averageSlipHours: 5.5,
    p90SlipHours: 30,
    changeFailureRate: 1 / 6,
    averageLeadTimeHours: 120,
    averageReadinessLeadTimeHours: 72,
  },
  byMonth: [
    {
      month: '2030-01',
      completed: 4,
      onTimeRate: 0.75,
      averageSlipHours: 8,
      p90SlipHours: 30,
      changeFailureRate: 0.25,
      averageLeadTimeHours: 100,
      averageReadinessLeadTimeHours: null,
    },
    {
      month: '2030-03',
      completed: 2,
      onTimeRate: 1,
      averageSlipHours: 0,
      p90SlipHours: 0,
      changeFailureRate: 0,
      averageLeadTimeHours: 160,
      averageReadinessLeadTimeHours: 72,
    },
  ],
  byTeam: [
    {
      owner: 'group:default/checkout-team',
      completed: 5,
      onTimeRate: 0.8,
      averageSlipHours: 6.6,
      p90SlipHours: 30,
      changeFailureRate: 0.2,
      averageLeadTimeHours: 110,
      averageReadinessLeadTimeHours: 72,
    },
    {
      owner: 'group:default/web-team',
      completed: 1,
      onTimeRate: 1,
      averageSlipHours: 0,
      p90SlipHours: 0,
      changeFailureRate: 0,
      averageLeadTimeHours: 170,
      averageReadinessLeadTimeHours: null,
    },
  ],
};

function serveMetrics(body: ReleaseMetrics = metrics) {
  const queries: URLSearchParams[] = [];
  server.use(
    http.get(`${RELEASES_BASE_URL}/metrics`, ({ request }) => {
      queries.push(new URL(request.url).searchParams);
      return HttpResponse.json(body);
    }),
  );
  return queries;
}

async function renderMetricsPage() {
  return renderWithApis(
    <Routes>
      <Route path="/releases/*" element={<Router />} />
    </Routes>,
    { routeEntries: ['/releases/metrics'] },
  );
}

function tile(label: string) {
  return screen.getByRole('region', { name: label });
}

/** The cells of the table row whose first cell reads `first`. */
function rowOf(table: HTMLElement, first: string) {
  const row = within(table)
    .getAllByRole('row')
    .find(r => within(r).queryAllByRole('cell')[0]?.textContent === first);
  if (!row) throw new Error(`No row for ${first}`);
  return within(row)
    .getAllByRole('cell')
    .map(cell => cell.textContent);
}

function tableTitled(title: string) {
  const heading = screen.getByRole('heading', { name: title });
  return heading.closest('div[class*="MuiPaper"]') as HTMLElement;
}

const startOfRange = (months: number) =>
  DateTime.utc()
    .startOf('month')
    .minus({ months: months - 1 })
    .toISO();

describe('MetricsPage showing the metrics', () => {
  it('is reached from the releases list, and is not taken for a release', async () => {
    const queries = serveMetrics();
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases`, () =>
        HttpResponse.json({ items: [] }),
      ),
    );
    await renderWithApis(
      <Routes>
        <Route path="/releases/*" element={<Router />} />
      </Routes>,
      { routeEntries: ['/releases'] },
    );
    // A router link drawn as a button, like the other buttons beside it.
    const link = await screen.findByRole('button', { name: 'Metrics' });
    expect(link).toHaveAttribute('href', '/releases/metrics');
    await userEvent.click(link);
    expect(
      await screen.findByRole('heading', { name: 'Release metrics' }),
    ).toBeInTheDocument();
    await screen.findByRole('region', { name: 'On-time rate' });
    expect(queries).toHaveLength(1);
  });

  it('shows the headline numbers, the trend per month and the breakdown per team as charts and tables', async () => {
    serveMetrics();
    await renderMetricsPage();

    expect(
      await screen.findByRole('heading', { name: 'Release metrics' }),
    ).toBeInTheDocument();
    await screen.findByRole('region', { name: 'On-time rate' });
    expect(tile('Releases completed')).toHaveTextContent('6');
    expect(tile('On-time rate')).toHaveTextContent('83%');
    expect(tile('Average slip')).toHaveTextContent('5.5 h');
    expect(tile('P90 slip')).toHaveTextContent('30 h');
    expect(tile('Change failure rate')).toHaveTextContent('17%');
    expect(tile('Lead time')).toHaveTextContent('5 d');
    expect(tile('Readiness lead time')).toHaveTextContent('3 d');

    // The quiet February is a row of its own, with nothing to rate.
    const perMonth = tableTitled('Per month');
    expect(rowOf(perMonth, 'Jan 2030')).toEqual([
      'Jan 2030',
      '4',
      '75%',
      '8 h',
      '30 h',
      '25%',
      '4.2 d',
      '—',
    ]);
    expect(rowOf(perMonth, 'Feb 2030')).toEqual([
      'Feb 2030',
      '0',
      '—',
      '—',
      '—',
      '—',
      '—',
      '—',
    ]);
    expect(rowOf(perMonth, 'Mar 2030')).toEqual([
      'Mar 2030',
      '2',
      '100%',
      '0 h',
      '0 h',
      '0%',
      '6.7 d',
      '3 d',
    ]);

    const perTeam = tableTitled('Per team');
    expect(rowOf(perTeam, 'checkout-team')).toEqual([
      'checkout-team',
      '5',
      '80%',
      '6.6 h',
      '30 h',
      '20%',
      '4.6 d',
      '3 d',
    ]);
    expect(rowOf(perTeam, 'web-team')[2]).toBe('100%');

    // The charts are drawn from the same numbers: January's bar is twice March's, February has
    // none; per team, both on-time bars and the one non-zero failure bar.
    const trend = screen.getByRole('figure', { name: /per month/ });
    const monthBars = [
      ...trend.querySelectorAll('path[name="Releases completed"]'),
    ].map(bar => Number(bar.getAttribute('height')));
    expect(monthBars).toHaveLength(2);
    expect(monthBars[0]).toBeCloseTo(monthBars[1] * 2);
    expect(trend).toHaveTextContent('Feb 2030');
    const teams = screen.getByRole('figure', { name: /per team/ });
    expect(teams.querySelectorAll('path[name="On time (%)"]')).toHaveLength(2);
    expect(
      teams.querySelectorAll('path[name="Change failure rate (%)"]'),
    ).toHaveLength(1);
    expect(teams).toHaveTextContent('checkout-team');
  });
});

describe('MetricsPage empty, failing and filtered again', () => {
  it('shows dashes and says so when no release was completed', async () => {
    serveMetrics({
      from: '2030-01-01T00:00:00.000Z',
      to: '2030-03-20T10:00:00.000Z',
      overall: emptyMetricsSummary,
      byMonth: [],
      byTeam: [],
    });
    await renderMetricsPage();

    expect(
      await screen.findByText('No release was completed in this range'),
    ).toBeInTheDocument();
    expect(tile('Releases completed')).toHaveTextContent('0');
    for (const label of [
      'On-time rate',
      'Average slip',
      'P90 slip',
      'Change failure rate',
      'Lead time',
      'Readiness lead time',
    ]) {
      expect(tile(label)).toHaveTextContent('—');
    }
    expect(screen.queryByRole('figure')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Per month' })).toBeNull();
  });

  it('shows the error the API answered with', async () => {
    server.use(
      http.get(`${RELEASES_BASE_URL}/metrics`, () =>
        errorResponse(400, 'InputError', 'to: must be after from'),
      ),
    );
    await renderMetricsPage();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'to: must be after from',
    );
    expect(screen.queryByRole('region', { name: 'On-time rate' })).toBeNull();
  });

  it('asks again for the range and the team picked', async () => {
    const queries = serveMetrics();
    await renderMetricsPage();
    await screen.findByRole('region', { name: 'On-time rate' });
    expect(queries).toHaveLength(1);
    expect(queries[0].get('from')).toBe(startOfRange(6));
    expect(queries[0].has('owner')).toBe(false);
    expect(queries[0].has('to')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: /Range/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Last 12 months' }),
    );
    await waitFor(() => expect(queries).toHaveLength(2));
    expect(queries[1].get('from')).toBe(startOfRange(12));

    await screen.findByRole('region', { name: 'On-time rate' });
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
    expect(queries[2].get('from')).toBe(startOfRange(12));
  });
});
