import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { errorResponse, RELEASES_BASE_URL } from '../../../__testUtils__/apis';
import {
  cartName,
  checkout,
  checkoutName,
  findRelease,
  getRelease,
  queryRelease,
  renderCalendar,
  serveCalendar,
  setUpCalendarTests,
  viewButton,
} from '../../../__testUtils__/calendarPage';

const server = setUpCalendarTests();

describe('CalendarPage showing a range and subscribing to it', () => {
  it('asks for the whole weeks the month shows and draws releases by status with readiness', async () => {
    const requests = serveCalendar(server);
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

  it('restores the view, range and filters from a shared link', async () => {
    const requests = serveCalendar(server);
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

  it('subscribes to a feed of the calendar’s current filters', async () => {
    serveCalendar(server);
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

describe('CalendarPage loading, empty, cut short or failing', () => {
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
    serveCalendar(server, { releases: [], conflicts: [] });
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
    serveCalendar(server, { truncated: true });
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
});
