import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  cartName,
  checkoutName,
  currentUrl,
  findOption,
  findRelease,
  getRelease,
  pickEntity,
  queryRelease,
  renderCalendar,
  serveCalendar,
  setUpCalendarTests,
} from '../../../__testUtils__/calendarPage';

const server = setUpCalendarTests();

describe('CalendarFilters', () => {
  it('puts the team, system and component filters in the URL and in the request', async () => {
    const requests = serveCalendar(server);
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
    const requests = serveCalendar(server);
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
});
