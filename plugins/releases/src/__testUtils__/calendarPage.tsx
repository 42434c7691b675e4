import type {
  Conflict,
  FreezeOccurrence,
  ReleaseSummary,
} from '@releasekit/plugin-releases-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { SetupServer } from 'msw/node';
import { useLocation } from 'react-router-dom';
import type { Calendar } from '../api';
import { CalendarPage } from '../components/calendar/CalendarPage';
import { RELEASES_BASE_URL, setUpMswServer } from './apis';
import { anItem, aRelease, summaryOf } from './fixtures';
import { renderWithApis } from './render';

/*
 * The calendar page as its tests drive it: two releases of 3 December 2026 that conflict, a
 * year-end freeze, a backend that answers GET /calendar with them, and lookups that stay cheap on
 * the calendar's large DOM.
 */

/** What every calendar test file sets up: msw, element widths, and time for the large DOM. */
export function setUpCalendarTests() {
  // A month grid, a 24-hour week grid and vis-timeline make large DOMs; on a busy machine the
  // accessible-role queries over them take longer than the plugin's default.
  jest.setTimeout(30_000);
  // jsdom lays nothing out, so every element is 0 px wide; vis-timeline then finds no room for
  // releases drawn as labels and leaves them out. Give elements a width, as a browser would.
  beforeEach(() => {
    jest
      .spyOn(HTMLElement.prototype, 'clientWidth', 'get')
      .mockReturnValue(1000);
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });
  return setUpMswServer();
}

// Owned by a group the signed-in test user (jane) belongs to; half ready.
export const checkout: ReleaseSummary = summaryOf(
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
export const cart: ReleaseSummary = summaryOf(
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
export const conflict: Conflict = {
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
export const freeze: FreezeOccurrence = {
  freezeId: 'fz-1',
  title: 'Year-end freeze',
  reason: 'Holiday traffic',
  start: '2026-12-20T00:00:00.000Z',
  end: '2026-12-24T00:00:00.000Z',
  entityRefs: [],
};

/** Answers GET /calendar and records the query of every request. */
export function serveCalendar(
  server: SetupServer,
  overrides: Partial<Calendar> = {},
) {
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

export function LocationProbe() {
  const location = useLocation();
  return (
    <div data-testid="location">{`${location.pathname}${location.search}`}</div>
  );
}

export function currentUrl(): URL {
  return new URL(
    screen.getByTestId('location').textContent!,
    'http://localhost',
  );
}

export async function renderCalendar(
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

export const checkoutName = /Checkout 2\.4\.0 · 50% ready, Planned/;
export const cartName = /Cart 1\.1\.0 · 100% ready, In progress/;

// The calendar's DOM is large: these look elements up by label (cheap) rather than by computing
// every element's accessible role, and check the role through the selector.
export const RELEASE = { selector: '[role="link"]' };

export function findRelease(
  name: RegExp,
  container: HTMLElement = document.body,
) {
  return within(container).findByLabelText(name, RELEASE);
}

export function getRelease(name: RegExp) {
  return screen.getByLabelText(name, RELEASE);
}

export function queryRelease(name: RegExp) {
  return screen.queryByLabelText(name, RELEASE);
}

export function viewButton(name: string) {
  return within(screen.getByLabelText('Calendar view')).getByRole('button', {
    name,
  });
}

/** The open tooltip; MUI and the timeline both render it in a portal. */
export function findTooltip() {
  return waitFor(() => {
    const tooltip = document.querySelector<HTMLElement>('[role="tooltip"]');
    expect(tooltip).not.toBeNull();
    return tooltip!;
  });
}

export function findOption(name: string) {
  return screen.findByText(name, { selector: '[role="option"]' });
}

/** Presses Tab until the element has focus, as a keyboard user would reach it. */
export async function tabTo(element: HTMLElement) {
  for (let i = 0; i < 80 && document.activeElement !== element; i++) {
    await userEvent.tab();
  }
  expect(element).toHaveFocus();
}

export async function pickEntity(
  label: string,
  search: string,
  option: string,
) {
  const input = screen.getByLabelText(label);
  await userEvent.click(input);
  await userEvent.type(input, search);
  await userEvent.click(await findOption(option));
}
