import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import {
  errorResponse,
  RELEASES_BASE_URL,
  setUpMswServer,
} from '../../../__testUtils__/apis';
import {
  planned,
  renderReleasePage,
  serveRelease,
} from '../../../__testUtils__/releasePage';

const server = setUpMswServer();

describe('TransitionDialog', () => {
  it('confirms a start, and when the API says it is not ready starts anyway only with a reason', async () => {
    const backend = serveRelease(server, planned());
    await renderReleasePage();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Start release' }),
    );
    let dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(
      '3 required checklist items are still open',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Start release' }),
    );

    dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Not ready to start: 3 required item(s) are still open',
    );
    const startAnyway = within(dialog).getByRole('button', {
      name: 'Start anyway',
    });
    expect(startAnyway).toBeDisabled();
    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /Why start anyway/ }),
      { target: { value: 'Hotfix for the checkout outage' } },
    );
    await userEvent.click(startAnyway);

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.transitions).toEqual([
      { to: 'in_progress' },
      {
        to: 'in_progress',
        reason: 'Hotfix for the checkout outage',
        override: true,
      },
    ]);
    expect(
      within(screen.getByRole('banner')).getByText('In progress'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Mark released' }),
    ).toBeInTheDocument();
  });

  it('plans a release whose window is frozen only with a reason', async () => {
    const backend = serveRelease(server, planned({ status: 'draft' }));
    await renderReleasePage();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Mark planned' }),
    );
    let dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Mark planned' }),
    );
    dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'overlaps the freeze "Black Friday"',
    );
    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /Why plan anyway/ }),
      { target: { value: 'Agreed with the freeze owner' } },
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Plan anyway' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.transitions).toEqual([
      { to: 'planned' },
      { to: 'planned', reason: 'Agreed with the freeze owner', override: true },
    ]);
    expect(
      within(screen.getByRole('banner')).getByText('Planned'),
    ).toBeInTheDocument();
  });

  it('does not offer an override when a start is refused for another reason', async () => {
    serveRelease(server, planned());
    server.use(
      http.post(`${RELEASES_BASE_URL}/releases/:id/transitions`, () =>
        errorResponse(
          409,
          'ConflictError',
          'Release rel-1 was changed by someone else: you sent revision 3, it is now at revision 5. Reload it and apply your change again.',
        ),
      ),
    );
    await renderReleasePage();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Cancel release' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Cancel release' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'was changed by someone else',
    );
    expect(within(dialog).queryByRole('button', { name: /anyway/ })).toBeNull();
  });
});
