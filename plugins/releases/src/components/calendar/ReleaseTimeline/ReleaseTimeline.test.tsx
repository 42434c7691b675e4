import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  cart,
  checkout,
  conflict,
  currentUrl,
  findRelease,
  findTooltip,
  renderCalendar,
  serveCalendar,
  setUpCalendarTests,
  tabTo,
} from '../../../__testUtils__/calendarPage';

const server = setUpCalendarTests();

describe('ReleaseTimeline', () => {
  it('explains a conflict on hover and focus in the timeline, and opens the release on Enter', async () => {
    serveCalendar(server);
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

  it('says a release’s risk level in its name and tooltip', async () => {
    serveCalendar(server, {
      releases: [checkout, { ...cart, risk: { score: 35, level: 'medium' } }],
    });
    await renderCalendar('/releases/calendar?view=timeline&date=2026-12-01');
    const timeline = await screen.findByTestId('release-timeline');
    const cartItem = await findRelease(
      /^Cart 1\.1\.0 · 100% ready, In progress, medium risk, 1 conflict$/,
      timeline,
    );
    await userEvent.hover(cartItem);
    const tooltip = await findTooltip();
    expect(within(tooltip).getByText('Medium risk · 35')).toBeInTheDocument();
  });

  it('shades a freeze window as a band across every lane', async () => {
    serveCalendar(server);
    await renderCalendar('/releases/calendar?view=timeline&date=2026-12-01');
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
});
