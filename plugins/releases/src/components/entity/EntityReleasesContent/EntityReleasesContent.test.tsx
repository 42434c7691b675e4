import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import {
  errorResponse,
  RELEASES_BASE_URL,
  setUpMswServer,
} from '../../../__testUtils__/apis';
import {
  aCheckResult,
  aRelease,
  anItem,
  checkoutService,
  storefrontSystem,
  summaryOf,
} from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { EntityReleasesContent } from './EntityReleasesContent';

const server = setUpMswServer();

// The component's checks load beside its releases; none reported unless a test says otherwise.
beforeEach(() => {
  server.use(
    http.get(`${RELEASES_BASE_URL}/checks/results`, () =>
      HttpResponse.json({ items: [] }),
    ),
  );
});

const upcoming = aRelease({
  id: 'rel-next',
  title: 'Checkout',
  version: '2.4.0',
  status: 'planned',
  windowStart: '2030-05-04T09:00:00.000Z',
  windowEnd: '2030-05-04T13:00:00.000Z',
  checklist: [
    anItem({ assignee: 'group:default/checkout-team', state: 'open' }),
    anItem({ assignee: 'user:default/jane', state: 'open' }),
    anItem({ assignee: 'user:default/jane', state: 'done' }),
    anItem({ assignee: 'group:default/payments-team', state: 'open' }),
  ],
});
const later = aRelease({
  id: 'rel-later',
  title: 'Checkout',
  version: '2.5.0',
  status: 'draft',
  windowStart: '2030-06-04T09:00:00.000Z',
  windowEnd: '2030-06-04T13:00:00.000Z',
  checklist: [anItem({ assignee: 'group:default/payments-team' })],
});
const past = aRelease({
  id: 'rel-past',
  title: 'Checkout',
  version: '2.3.0',
  status: 'released',
  windowStart: '2026-01-04T09:00:00.000Z',
  windowEnd: '2026-01-04T13:00:00.000Z',
});

describe('EntityReleasesContent listing the entity’s releases', () => {
  it('shows progress while the releases load', async () => {
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases`, async () => {
        await delay('infinite');
        return HttpResponse.json({ items: [] });
      }),
    );
    await renderWithApis(<EntityReleasesContent />, {
      entity: checkoutService,
    });
    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });

  it('says so when the entity has no releases, and offers to plan one', async () => {
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases`, () =>
        HttpResponse.json({ items: [] }),
      ),
    );
    await renderWithApis(<EntityReleasesContent />, {
      entity: checkoutService,
    });
    expect(
      await screen.findByText('No releases of checkout-service yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Plan a release' }),
    ).toBeInTheDocument();
  });

  it('shows the error the API answered with', async () => {
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases`, () =>
        errorResponse(500, 'Error', 'the database is unreachable'),
      ),
    );
    await renderWithApis(<EntityReleasesContent />, {
      entity: checkoutService,
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'the database is unreachable',
    );
  });

  it('lists upcoming and past releases with the viewer’s open items, loading details of upcoming ones only', async () => {
    const listQueries: URLSearchParams[] = [];
    const detailsRequested: string[] = [];
    const byId = new Map([upcoming, later, past].map(r => [r.id, r]));
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases`, ({ request }) => {
        listQueries.push(new URL(request.url).searchParams);
        // Newest window first, as the API lists them.
        return HttpResponse.json({
          items: [later, upcoming, past].map(summaryOf),
        });
      }),
      http.get(`${RELEASES_BASE_URL}/releases/:id`, ({ params }) => {
        detailsRequested.push(params.id as string);
        return HttpResponse.json(byId.get(params.id as string));
      }),
    );
    await renderWithApis(<EntityReleasesContent />, {
      entity: checkoutService,
    });

    const upcomingTable = (
      await screen.findByText('Upcoming releases')
    ).closest('table, [class*="MuiPaper"]') as HTMLElement;
    const upcomingRows = within(upcomingTable).getAllByRole('row').slice(1);
    // Soonest first.
    expect(upcomingRows[0]).toHaveTextContent('Checkout 2.4.0');
    expect(upcomingRows[1]).toHaveTextContent('Checkout 2.5.0');
    // Two open items are the viewer's: one for their group, one for them; done and others' do not count.
    expect(
      await within(upcomingRows[0]).findByLabelText('Your open items: 2'),
    ).toBeInTheDocument();
    expect(
      within(upcomingRows[1]).getByLabelText('Your open items: 0'),
    ).toBeInTheDocument();

    const pastTable = screen
      .getByText('Past releases')
      .closest('table, [class*="MuiPaper"]') as HTMLElement;
    expect(within(pastTable).getByText('Checkout 2.3.0')).toBeInTheDocument();
    expect(within(pastTable).queryByText(/Your open items/)).toBeNull();

    expect(listQueries[0].get('entityRef')).toBe(
      'component:default/checkout-service',
    );
    await waitFor(() =>
      expect(detailsRequested.sort()).toEqual(['rel-later', 'rel-next']),
    );
  });
});

describe('EntityReleasesContent showing a component’s checks', () => {
  it('shows the latest check results of the component beside its releases, with the risk of each release', async () => {
    const checkQueries: string[] = [];
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases`, () =>
        HttpResponse.json({ items: [upcoming, past].map(summaryOf) }),
      ),
      http.get(`${RELEASES_BASE_URL}/releases/:id`, () =>
        HttpResponse.json(upcoming),
      ),
      http.get(`${RELEASES_BASE_URL}/checks/results`, ({ request }) => {
        checkQueries.push(new URL(request.url).searchParams.get('entityRef')!);
        return HttpResponse.json({
          items: [
            aCheckResult({
              check: 'ci.security-scan',
              status: 'failed',
              summary: '2 critical findings',
            }),
          ],
        });
      }),
    );
    await renderWithApis(<EntityReleasesContent />, {
      entity: checkoutService,
    });
    const checks = await screen.findByRole('table', { name: 'Check results' });
    expect(within(checks).getByText('ci.security-scan')).toBeInTheDocument();
    expect(within(checks).getByText('Failed')).toBeInTheDocument();
    expect(within(checks).getByText('2 critical findings')).toBeInTheDocument();
    expect(checkQueries).toEqual(['component:default/checkout-service']);
    // Neither release has a risk computed yet: each says so.
    expect(screen.getAllByText('Risk not computed yet')).toHaveLength(2);
  });

  it('shows the checks card also before the component’s first release', async () => {
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases`, () =>
        HttpResponse.json({ items: [] }),
      ),
    );
    await renderWithApis(<EntityReleasesContent />, {
      entity: checkoutService,
    });
    expect(
      await screen.findByText('No releases of checkout-service yet'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('No check results for this component yet.'),
    ).toBeInTheDocument();
  });

  it('shows no checks card for a system, whose checks are its components’', async () => {
    const checkQueries: string[] = [];
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases`, () =>
        HttpResponse.json({ items: [] }),
      ),
      http.get(`${RELEASES_BASE_URL}/checks/results`, ({ request }) => {
        checkQueries.push(request.url);
        return HttpResponse.json({ items: [] });
      }),
    );
    await renderWithApis(<EntityReleasesContent />, {
      entity: storefrontSystem,
    });
    expect(
      await screen.findByText('No releases of storefront yet'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Checks')).toBeNull();
    expect(checkQueries).toEqual([]);
  });
});

describe('EntityReleasesContent planning a release of the entity', () => {
  it('plans a release for a component with the component in scope and its owner as release manager', async () => {
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases`, () =>
        HttpResponse.json({ items: [] }),
      ),
      http.get(`${RELEASES_BASE_URL}/templates`, () =>
        HttpResponse.json({ items: [] }),
      ),
    );
    await renderWithApis(<EntityReleasesContent />, {
      entity: checkoutService,
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Plan a release' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('textbox', { name: /Owner/ })).toHaveValue(
      'group:default/checkout-team',
    );
    expect(
      within(dialog).getByRole('button', {
        name: 'component:default/checkout-service',
      }),
    ).toBeInTheDocument();
  });

  it('plans a release for a system with its owner and no component picked yet', async () => {
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases`, () =>
        HttpResponse.json({ items: [] }),
      ),
      http.get(`${RELEASES_BASE_URL}/templates`, () =>
        HttpResponse.json({ items: [] }),
      ),
    );
    await renderWithApis(<EntityReleasesContent />, {
      entity: storefrontSystem,
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Plan a release' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('textbox', { name: /Owner/ })).toHaveValue(
      'group:default/web-team',
    );
    expect(
      within(dialog).getByRole('textbox', { name: /Components/ }),
    ).toHaveValue('');
    expect(
      within(dialog).queryAllByRole('button', { name: /component:/ }),
    ).toHaveLength(0);
  });
});
