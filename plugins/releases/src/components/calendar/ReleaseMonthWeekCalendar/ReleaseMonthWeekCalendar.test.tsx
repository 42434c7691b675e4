import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  cart,
  cartName,
  checkout,
  checkoutName,
  conflict,
  currentUrl,
  findRelease,
  findTooltip,
  getRelease,
  renderCalendar,
  serveCalendar,
  setUpCalendarTests,
  tabTo,
  viewButton,
} from '../../../__testUtils__/calendarPage';

const server = setUpCalendarTests();

describe('ReleaseMonthWeekCalendar', () => {
  it('opens a release on click and on Enter', async () => {
    serveCalendar(server);
    await renderCalendar();
    await userEvent.click(await findRelease(checkoutName));
    expect(currentUrl().pathname).toBe('/releases/rel-1');
  });

  it('opens a release from the keyboard', async () => {
    serveCalendar(server);
    await renderCalendar();
    const cartEvent = await findRelease(cartName);
    await tabTo(cartEvent);
    await userEvent.keyboard('{Enter}');
    expect(currentUrl().pathname).toBe('/releases/rel-2');
  });

  it('marks conflicting releases and explains the conflict on keyboard focus', async () => {
    serveCalendar(server, {
      conflicts: [{ ...conflict, releaseIds: ['rel-1'] }],
    });
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

  it('says each release’s risk level in its name and tooltip, or that it is not computed yet', async () => {
    serveCalendar(server, {
      releases: [{ ...checkout, risk: { score: 72, level: 'high' } }, cart],
    });
    await renderCalendar();
    const checkoutEvent = await findRelease(
      /^Checkout 2\.4\.0 · 50% ready, Planned, high risk, 1 conflict$/,
    );
    await tabTo(checkoutEvent);
    const tooltip = await findTooltip();
    expect(within(tooltip).getByText('High risk · 72')).toBeInTheDocument();

    const cartEvent = getRelease(
      /^Cart 1\.1\.0 · 100% ready, In progress, 1 conflict$/,
    );
    await tabTo(cartEvent);
    await waitFor(() =>
      expect(document.querySelector('[role="tooltip"]')).toHaveTextContent(
        'Risk not computed yet',
      ),
    );
  });

  it('shades freeze windows in the month and week views', async () => {
    serveCalendar(server);
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
  });
});
