import { registerMswTestHooks } from '@backstage/test-utils';
import type {
  Conflict,
  FreezeOccurrence,
  ReleaseSummary,
} from '@releasekit/plugin-releases-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { useLocation } from 'react-router-dom';
import type { Calendar } from '../../../api';
import { errorResponse, RELEASES_BASE_URL } from '../../../__testUtils__/apis';
import { anItem, aRelease, summaryOf } from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { CalendarPage } from './CalendarPage';

const server = setupServer();
registerMswTestHooks(server);

// A month grid, a 24-hour week grid and vis-timeline make large DOMs; on a busy machine the
// accessible-role queries over them take longer than Jest's default five seconds.
jest.setTimeout(30_000);

// jsdom lays nothing out, so every element is 0 px wide; vis-timeline then finds no room for
// releases drawn as labels and leaves them out. Give elements a width, as a browser would.
beforeEach(() => {
  jest.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
});
afterEach(() => {
  jest.restoreAllMocks();
});

// Owned by a group the signed-in test user (jane) belongs to; half ready.
const checkout: ReleaseSummary = summaryOf(
  aRelease({
    id: 'rel-1',
    title: 'Checkout',
    version: '2.4.0',
    status: 'planned',
    owner: 'group:default/checkout-team',
    windowStart: '2026-12-03T09:00:00.000Z',
    windowEnd: '2026-12-03T13:00:00.000Z',
    components: ['component:default/checkout-service'],
    checklist: [anItem({ state: 'done' }), anItem({ state: 'open' })],
  }),
);
// Owned by a team jane is not in; not part of storefront.
const cart: ReleaseSummary = summaryOf(
  aRelease({
    id: 'rel-2',
    title: 'Cart',
    version: '1.1.0',
    status: 'in_progress',
    owner: 'group:default/web-team',
    windowStart: '2026-12-03T10:00:00.000Z',
    windowEnd: '2026-12-03T12:00:00.000Z',
    components: ['component:default/cart-service'],
  }),
);
const conflict: Conflict = {
  kind: 'same_component',
  message:
    'Checkout 2.4.0 and Cart 1.1.0 both ship component:default/checkout-service on 3 Dec',
  releaseIds: ['rel-1', 'rel-2'],
  entityRefs: ['component:default/checkout-service'],
  overlap: {
    start: '2026-12-03T10:00:00.000Z',
    end: '2026-12-03T12:00:00.000Z',
  },
};
const freeze: FreezeOccurrence = {
  freezeId: 'fz-1',
  title: 'Year-end freeze',
  reason: 'Holiday traffic',
  start: '2026-12-20T00:00:00.000Z',
  end: '2026-12-24T00:00:00.000Z',
  entityRefs: [],
};

/** Answers GET /calendar and records the query of every request. */
function serveCalendar(overrides: Partial<Calendar> = {}) {
  const requests: URLSearchParams[] = [];
  server.use(
    http.get(`${RELEASES_BASE_URL}/calendar`, ({ request }) => {
      const { searchParams } = new URL(request.url);
      requests.push(searchParams);
      return HttpResponse.json({
        from: searchParams.get('from'),
        to: searchParams.get('to'),
        releases: [checkout, cart],
        freezes: [freeze],
        conflicts: [conflict],
        truncated: false,
        ...overrides,
      });
    }),
  );
  return requests;
}

function LocationProbe() {
  const location = useLocation();
  return (
    <div data-testid="location">{`${location.pathname}${location.search}`}</div>
  );
}

function currentUrl(): URL {
  return new URL(
    screen.getByTestId('location').textContent!,
    'http://localhost',
  );
}

async function renderCalendar(
  path = '/releases/calendar?view=month&date=2026-12-01',
) {
  return renderWithApis(
    <>
      <CalendarPage />
      <LocationProbe />
    </>,
    { routeEntries: [path] },
  );
}

const checkoutName = /Checkout 2\.4\.0 · 50% ready, Planned/;
const cartName = /Cart 1\.1\.0 · 100% ready, In progress/;

// The calendar's DOM is large: these look elements up by label (cheap) rather than by computing
// every element's accessible role, and check the role through the selector.
const RELEASE = { selector: '[role="link"]' };

function findRelease(name: RegExp, container: HTMLElement = document.body) {
  return within(container).findByLabelText(name, RELEASE);
}

function getRelease(name: RegExp) {
  return screen.getByLabelText(name, RELEASE);
}

function queryRelease(name: RegExp) {
  return screen.queryByLabelText(name, RELEASE);
}

function viewButton(name: string) {
  return within(screen.getByLabelText('Calendar view')).getByRole('button', {
    name,
  });
}

/** The open tooltip; MUI and the timeline both render it in a portal. */
function findTooltip() {
  return waitFor(() => {
    const tooltip = document.querySelector<HTMLElement>('[role="tooltip"]');
    expect(tooltip).not.toBeNull();
    return tooltip!;
  });
}

function findOption(name: string) {
  return screen.findByText(name, { selector: '[role="option"]' });
}

/** Presses Tab until the element has focus, as a keyboard user would reach it. */
async function tabTo(element: HTMLElement) {
  for (let i = 0; i < 80 && document.activeElement !== element; i++) {
    await userEvent.tab();
  }
  expect(element).toHaveFocus();
}

async function pickEntity(label: string, search: string, option: string) {
  const input = screen.getByLabelText(label);
  await userEvent.click(input);
  await userEvent.type(input, search);
  await userEvent.click(await findOption(option));
}

describe('CalendarPage', () => {
  it('asks for the whole weeks the month shows and draws releases by status with readiness', async () => {
    const requests = serveCalendar();
    await renderCalendar();

    const checkoutEvent = await findRelease(checkoutName);
    expect(checkoutEvent).toHaveTextContent('Checkout 2.4.0 · 50%');
    expect(getRelease(cartName)).toHaveTextContent('Cart 1.1.0 · 100%');
    // December 2026 starts on a Tuesday and ends on a Thursday: Monday 30 Nov to Sunday 3 Jan.
    expect(requests).toHaveLength(1);
    expect(Object.fromEntries(requests[0])).toEqual({
      from: '2026-11-30T00:00:00.000Z',
      to: '2027-01-04T00:00:00.000Z',
    });
    expect(
      await screen.findByText('December 2026', { selector: 'h2' }),
    ).toBeInTheDocument();
    // Coloured by status: each status has its own colour.
    expect(checkoutEvent).toHaveClass('release-status-planned');
    const cartEvent = getRelease(cartName);
    expect(cartEvent).toHaveClass('release-status-in_progress');
    expect(checkoutEvent.style.backgroundColor).not.toBe('');
    expect(checkoutEvent.style.backgroundColor).not.toBe(
      cartEvent.style.backgroundColor,
    );
  });

  it('switches month → week → timeline, keeping each in the URL and asking for what each shows', async () => {
    const requests = serveCalendar();
    await renderCalendar();
    await findRelease(checkoutName);

    await userEvent.click(viewButton('Week'));
    expect(currentUrl().searchParams.get('view')).toBe('week');
    expect(currentUrl().searchParams.get('date')).toBe('2026-12-01');
    expect(
      await screen.findByText('30 Nov – 6 Dec 2026', { selector: 'h2' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(requests).toHaveLength(2));
    expect(requests[1].get('from')).toBe('2026-11-30T00:00:00.000Z');
    expect(requests[1].get('to')).toBe('2026-12-07T00:00:00.000Z');
    expect(await findRelease(checkoutName)).toBeInTheDocument();

    await userEvent.click(viewButton('Timeline'));
    expect(currentUrl().searchParams.get('view')).toBe('timeline');
    expect(currentUrl().searchParams.get('groupBy')).toBe('team');
    await waitFor(() => expect(requests).toHaveLength(3));
    expect(requests[2].get('from')).toBe('2026-12-01T00:00:00.000Z');
    expect(requests[2].get('to')).toBe('2027-01-01T00:00:00.000Z');
    const timeline = await screen.findByTestId('release-timeline');
    // One lane per owning team.
    await waitFor(() =>
      expect(
        [...timeline.querySelectorAll('.vis-label')].map(l => l.textContent),
      ).toEqual(['checkout-team', 'web-team']),
    );
    expect(
      within(timeline).getByLabelText(checkoutName, RELEASE),
    ).toHaveTextContent('Checkout 2.4.0 · 50%');

    // By system: checkout-service is in storefront, cart-service in no system.
    await userEvent.click(
      within(screen.getByLabelText('Group the timeline by')).getByRole(
        'button',
        { name: 'By system' },
      ),
    );
    expect(currentUrl().searchParams.get('groupBy')).toBe('system');
    await waitFor(() =>
      expect(
        [
          ...screen
            .getByTestId('release-timeline')
            .querySelectorAll('.vis-label'),
        ].map(l => l.textContent),
      ).toEqual(['storefront', 'No system']),
    );
  });

  it('moves by a month, or a week in the week view, and comes back to today', async () => {
    const requests = serveCalendar();
    await renderCalendar('/releases/calendar?view=week&date=2026-12-02');
    await findRelease(checkoutName);

    await userEvent.click(screen.getByLabelText('Next week'));
    expect(currentUrl().searchParams.get('date')).toBe('2026-12-09');
    await waitFor(() => expect(requests).toHaveLength(2));
    expect(requests[1].get('from')).toBe('2026-12-07T00:00:00.000Z');

    await userEvent.click(viewButton('Month'));
    await userEvent.click(screen.getByLabelText('Previous month'));
    expect(currentUrl().searchParams.get('date')).toBe('2026-11-01');
    expect(
      await screen.findByText('November 2026', { selector: 'h2' }),
    ).toBeInTheDocument();
  });

  it('puts the team, system and component filters in the URL and in the request', async () => {
    const requests = serveCalendar();
    await renderCalendar();
    await findRelease(checkoutName);

    await pickEntity('Team', 'checkout', 'group:default/checkout-team');
    expect(currentUrl().searchParams.get('owner')).toBe(
      'group:default/checkout-team',
    );
    await waitFor(() =>
      expect(requests.at(-1)?.get('owner')).toBe('group:default/checkout-team'),
    );

    await pickEntity('System', 'store', 'system:default/storefront');
    expect(currentUrl().searchParams.get('system')).toBe(
      'system:default/storefront',
    );
    await waitFor(() =>
      expect(requests.at(-1)?.get('entityRef')).toBe(
        'system:default/storefront',
      ),
    );

    // A component is narrower than its system, so it is what the API gets.
    await pickEntity(
      'Component',
      'checkout',
      'component:default/checkout-service',
    );
    expect(currentUrl().searchParams.get('component')).toBe(
      'component:default/checkout-service',
    );
    await waitFor(() =>
      expect(requests.at(-1)?.get('entityRef')).toBe(
        'component:default/checkout-service',
      ),
    );
    expect(Object.fromEntries(requests.at(-1)!)).toEqual({
      from: '2026-11-30T00:00:00.000Z',
      to: '2027-01-04T00:00:00.000Z',
      owner: 'group:default/checkout-team',
      entityRef: 'component:default/checkout-service',
    });
  });

  it('filters by status and by "mine" in the page, and keeps both in the URL', async () => {
    const requests = serveCalendar();
    await renderCalendar();
    await findRelease(checkoutName);

    const status = screen.getByLabelText('Status');
    await userEvent.click(status);
    await userEvent.click(await findOption('In progress'));
    expect(currentUrl().searchParams.get('status')).toBe('in_progress');
    await waitFor(() => expect(queryRelease(checkoutName)).toBeNull());
    expect(getRelease(cartName)).toBeInTheDocument();

    // Jane belongs to checkout-team, which owns Checkout but not Cart: nothing is left.
    await userEvent.click(screen.getByLabelText('Only mine'));
    expect(currentUrl().searchParams.get('mine')).toBe('true');
    expect(
      await screen.findByText('No releases in this range match the filters.', {
        exact: false,
      }),
    ).toBeInTheDocument();
    expect(queryRelease(cartName)).toBeNull();

    // Without the status filter, "mine" leaves Checkout.
    const statusField = status.closest(
      '[class*="MuiAutocomplete-root"]',
    ) as HTMLElement;
    await userEvent.click(within(statusField).getByTitle('Clear'));
    expect(currentUrl().searchParams.get('status')).toBeNull();
    expect(await findRelease(checkoutName)).toBeInTheDocument();
    expect(queryRelease(cartName)).toBeNull();
    // Status and "mine" are filtered here; the API was never asked for them.
    for (const request of requests) {
      expect(request.has('status')).toBe(false);
      expect(request.has('mine')).toBe(false);
    }
  });

  it('restores the view, range and filters from a shared link', async () => {
    const requests = serveCalendar();
    await renderCalendar(
      '/releases/calendar?view=week&date=2026-12-02&owner=group:default/web-team&system=system:default/storefront&status=in_progress',
    );

    expect(await findRelease(cartName)).toBeInTheDocument();
    expect(queryRelease(checkoutName)).toBeNull();
    expect(viewButton('Week')).toHaveAttribute('aria-pressed', 'true');
    expect(
      await screen.findByText('30 Nov – 6 Dec 2026', { selector: 'h2' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Team')).toHaveValue('group:default/web-team');
    expect(screen.getByLabelText('System')).toHaveValue(
      'system:default/storefront',
    );
    expect(
      screen.getByText('In progress', { selector: '[class*="MuiChip-label"]' }),
    ).toBeVisible();
    expect(Object.fromEntries(requests[0])).toEqual({
      from: '2026-11-30T00:00:00.000Z',
      to: '2026-12-07T00:00:00.000Z',
      owner: 'group:default/web-team',
      entityRef: 'system:default/storefront',
    });
  });

  it('opens a release on click and on Enter', async () => {
    serveCalendar();
    await renderCalendar();
    await userEvent.click(await findRelease(checkoutName));
    expect(currentUrl().pathname).toBe('/releases/rel-1');
  });

  it('opens a release from the keyboard', async () => {
    serveCalendar();
    await renderCalendar();
    const cartEvent = await findRelease(cartName);
    await tabTo(cartEvent);
    await userEvent.keyboard('{Enter}');
    expect(currentUrl().pathname).toBe('/releases/rel-2');
  });

  it('marks conflicting releases and explains the conflict on keyboard focus', async () => {
    serveCalendar({ conflicts: [{ ...conflict, releaseIds: ['rel-1'] }] });
    await renderCalendar();
    const checkoutEvent = await findRelease(
      /^Checkout 2\.4\.0 · 50% ready, Planned, 1 conflict$/,
    );
    expect(
      within(checkoutEvent).getByTestId('conflict-badge'),
    ).toBeInTheDocument();
    const cartEvent = getRelease(cartName);
    expect(within(cartEvent).queryByTestId('conflict-badge')).toBeNull();

    await tabTo(checkoutEvent);
    const tooltip = await findTooltip();
    expect(tooltip).toHaveTextContent(conflict.message);
    expect(tooltip).toHaveTextContent('50% ready, 1 required item(s) open');
  });

  it('explains a conflict on hover and focus in the timeline, and opens the release on Enter', async () => {
    serveCalendar();
    await renderCalendar('/releases/calendar?view=timeline&date=2026-12-01');
    const timeline = await screen.findByTestId('release-timeline');
    const cartItem = await findRelease(
      /^Cart 1\.1\.0 · 100% ready, In progress, 1 conflict$/,
      timeline,
    );
    expect(within(cartItem).getByTestId('conflict-badge')).toBeInTheDocument();

    await userEvent.hover(cartItem);
    expect(await findTooltip()).toHaveTextContent(conflict.message);
    await userEvent.unhover(cartItem);
    await waitFor(() =>
      expect(document.querySelector('[role="tooltip"]')).toBeNull(),
    );

    await tabTo(cartItem);
    const tooltip = await findTooltip();
    expect(tooltip).toHaveTextContent(conflict.message);
    expect(cartItem).toHaveAttribute('aria-describedby', tooltip.id);
    await userEvent.keyboard('{Enter}');
    expect(currentUrl().pathname).toBe('/releases/rel-2');
  });

  it('shades freeze windows in the month, week and timeline views', async () => {
    serveCalendar();
    await renderCalendar();
    await findRelease(checkoutName);

    // Month: the four frozen days (20–23 Dec) are hatched and carry the freeze; one tab stop.
    const frozenDays = document.querySelectorAll(
      '.rbc-day-bg.releases-calendar-freeze-day',
    );
    expect(frozenDays).toHaveLength(4);
    const markers = screen.getAllByLabelText(
      'Freeze: Year-end freeze (the whole organisation) – Holiday traffic',
      { selector: 'button' },
    );
    expect(markers).toHaveLength(4);
    expect(markers.filter(m => m.tabIndex === 0)).toHaveLength(1);
    // On a tablet there is no hover: pressing the marker explains the freeze.
    await userEvent.click(markers[2]);
    expect(await findTooltip()).toHaveTextContent('Holiday traffic');
    await userEvent.keyboard('{Escape}');
    await waitFor(() =>
      expect(document.querySelector('[role="tooltip"]')).toBeNull(),
    );

    // Week: the freeze is a shaded background band that explains itself.
    await userEvent.click(viewButton('Week'));
    await userEvent.click(screen.getByLabelText('Next week'));
    await userEvent.click(screen.getByLabelText('Next week'));
    await userEvent.click(screen.getByLabelText('Next week'));
    expect(currentUrl().searchParams.get('date')).toBe('2026-12-22');
    const bands = await screen.findAllByLabelText(
      'Freeze: Year-end freeze (the whole organisation) – Holiday traffic',
      { selector: '[role="note"]' },
    );
    // Shown on each of the four days it covers.
    expect(bands).toHaveLength(4);
    expect(bands[0]).toHaveClass('rbc-background-event');

    // Timeline: a background band across every lane.
    await userEvent.click(viewButton('Timeline'));
    const timeline = await screen.findByTestId('release-timeline');
    await waitFor(() =>
      expect(
        timeline.querySelectorAll('.vis-item.vis-background'),
      ).toHaveLength(1),
    );
    expect(
      timeline.querySelector('.vis-item.vis-background'),
    ).toHaveTextContent('Freeze: Year-end freeze');
  });

  it('shows progress while the calendar loads', async () => {
    server.use(
      http.get(`${RELEASES_BASE_URL}/calendar`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    await renderCalendar();
    expect(screen.getByTestId('progress')).toBeInTheDocument();
    expect(queryRelease(checkoutName)).toBeNull();
  });

  it('says when no release falls in the range, and still shows the freezes', async () => {
    serveCalendar({ releases: [], conflicts: [] });
    await renderCalendar();
    expect(
      await screen.findByText(
        'No releases in this range match the filters. Freeze windows are still shown.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getAllByLabelText(/Year-end freeze/, { selector: 'button' }),
    ).toHaveLength(4);
  });

  it('says when the range holds more releases than one answer carries', async () => {
    serveCalendar({ truncated: true });
    await renderCalendar();
    expect(
      await screen.findByText(/holds more releases than the calendar shows/),
    ).toBeInTheDocument();
  });

  it('shows the error the API answered with, and tries again on request', async () => {
    let calls = 0;
    server.use(
      http.get(`${RELEASES_BASE_URL}/calendar`, () => {
        calls += 1;
        return calls === 1
          ? errorResponse(400, 'InputError', 'to: must be after from')
          : HttpResponse.json({
              from: '',
              to: '',
              releases: [checkout],
              freezes: [],
              conflicts: [],
              truncated: false,
            });
      }),
    );
    await renderCalendar();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'to: must be after from',
    );
    await userEvent.click(screen.getByText('Try again').closest('button')!);
    expect(await findRelease(checkoutName)).toBeInTheDocument();
  });

  it('subscribes to a feed of the calendar’s current filters', async () => {
    serveCalendar();
    let body: unknown;
    server.use(
      http.get(`${RELEASES_BASE_URL}/feeds`, () =>
        HttpResponse.json({ items: [] }),
      ),
      http.post(`${RELEASES_BASE_URL}/feeds`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(
          {
            id: 'feed-1',
            url: 'http://localhost:7007/api/releases/feeds/secret-token-1234567890/calendar.ics',
          },
          { status: 201 },
        );
      }),
    );
    await renderCalendar(
      '/releases/calendar?view=month&date=2026-12-01&owner=group:default/web-team&component=component:default/cart-service',
    );
    await userEvent.click(screen.getByText('Subscribe').closest('button')!);
    const dialog = await screen.findByLabelText(
      'Subscribe in your calendar app',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create feed URL' }),
    );
    expect(
      await within(dialog).findByRole('textbox', {
        name: 'Your secret feed URL',
      }),
    ).toHaveValue(
      'http://localhost:7007/api/releases/feeds/secret-token-1234567890/calendar.ics',
    );
    expect(body).toEqual({
      owner: 'group:default/web-team',
      entityRef: 'component:default/cart-service',
      includeFreezes: true,
    });
  });
});
