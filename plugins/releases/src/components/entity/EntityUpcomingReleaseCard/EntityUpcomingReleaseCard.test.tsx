import { screen, within } from '@testing-library/react';
import { DateTime } from 'luxon';
import { delay, http, HttpResponse } from 'msw';
import {
  errorResponse,
  RELEASES_BASE_URL,
  setUpMswServer,
} from '../../../__testUtils__/apis';
import {
  aRelease,
  anItem,
  checkoutService,
  summaryOf,
} from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { EntityUpcomingReleaseCard } from './EntityUpcomingReleaseCard';

const server = setUpMswServer();

const CHECKOUT = 'component:default/checkout-service';
const CART = 'component:default/cart-service';
const inDays = (days: number, hours = 0) =>
  DateTime.now().plus({ days, hours }).toUTC().toISO()!;

describe('EntityUpcomingReleaseCard loading, empty or failing', () => {
  it('shows progress while loading', async () => {
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases`, async () => {
        await delay('infinite');
        return HttpResponse.json({ items: [] });
      }),
    );
    await renderWithApis(<EntityUpcomingReleaseCard />, {
      entity: checkoutService,
    });
    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });

  it('says when no upcoming release includes the entity', async () => {
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases`, () =>
        HttpResponse.json({ items: [] }),
      ),
    );
    await renderWithApis(<EntityUpcomingReleaseCard />, {
      entity: checkoutService,
    });
    expect(
      await screen.findByText('No upcoming release includes this entity.'),
    ).toBeInTheDocument();
  });

  it('shows the error the API answered with', async () => {
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases`, () =>
        errorResponse(403, 'NotAllowedError', 'You may not read releases'),
      ),
    );
    await renderWithApis(<EntityUpcomingReleaseCard />, {
      entity: checkoutService,
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You may not read releases',
    );
  });
});

describe('EntityUpcomingReleaseCard with a next release', () => {
  it('shows the next open release, the time to its window, its readiness and what blocks it per component', async () => {
    const next = aRelease({
      id: 'rel-next',
      title: 'Checkout',
      version: '2.4.0',
      status: 'planned',
      components: [CHECKOUT, CART],
      windowStart: inDays(3, 12),
      windowEnd: inDays(3, 16),
      checklist: [
        anItem({ componentRef: null, required: true }),
        anItem({ componentRef: CHECKOUT, required: true }),
        anItem({ componentRef: CHECKOUT, required: true }),
        anItem({ componentRef: CHECKOUT, required: false }),
        anItem({ componentRef: CART, required: true, state: 'done' }),
      ],
    });
    const later = aRelease({
      id: 'rel-later',
      version: '2.5.0',
      status: 'draft',
      windowStart: inDays(30),
      windowEnd: inDays(30, 2),
    });
    const queries: URLSearchParams[] = [];
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases`, ({ request }) => {
        queries.push(new URL(request.url).searchParams);
        return HttpResponse.json({ items: [later, next].map(summaryOf) });
      }),
      http.get(`${RELEASES_BASE_URL}/releases/rel-next`, () =>
        HttpResponse.json(next),
      ),
    );
    await renderWithApis(<EntityUpcomingReleaseCard />, {
      entity: checkoutService,
    });

    expect(
      await screen.findByRole('link', { name: 'Checkout 2.4.0' }),
    ).toHaveAttribute('href', '/releases/rel-next');
    expect(screen.getByText(/· starts in 3 days$/)).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', { name: 'Readiness: 20%' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Still blocking: 3 required items'),
    ).toBeInTheDocument();
    const blockers = screen.getByRole('list', {
      name: 'What still blocks the release',
    });
    const rows = within(blockers).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Release-level');
    expect(rows[0]).toHaveTextContent('1 required open');
    expect(rows[1]).toHaveTextContent('checkout-service');
    expect(rows[1]).toHaveTextContent('2 required open');
    // Cart is ready and so is not listed as blocking.
    expect(within(blockers).queryByText(/cart-service/)).toBeNull();

    expect(queries[0].get('entityRef')).toBe(CHECKOUT);
    expect(queries[0].get('status')).toBe('draft,planned,in_progress');
  });

  it('says when nothing blocks the next release', async () => {
    const ready = aRelease({
      id: 'rel-ready',
      windowStart: inDays(1),
      windowEnd: inDays(1, 2),
      checklist: [anItem({ state: 'done' })],
    });
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases`, () =>
        HttpResponse.json({ items: [summaryOf(ready)] }),
      ),
      http.get(`${RELEASES_BASE_URL}/releases/rel-ready`, () =>
        HttpResponse.json(ready),
      ),
    );
    await renderWithApis(<EntityUpcomingReleaseCard />, {
      entity: checkoutService,
    });
    expect(
      await screen.findByText(
        'Nothing blocks it: every required item is settled.',
      ),
    ).toBeInTheDocument();
  });
});
