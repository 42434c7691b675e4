import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  checkoutName,
  currentUrl,
  findRelease,
  RELEASE,
  renderCalendar,
  serveCalendar,
  setUpCalendarTests,
  viewButton,
} from '../../../__testUtils__/calendarPage';

const server = setUpCalendarTests();

describe('CalendarToolbar', () => {
  it('switches month → week → timeline, keeping each in the URL and asking for what each shows', async () => {
    const requests = serveCalendar(server);
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
    const requests = serveCalendar(server);
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
});
