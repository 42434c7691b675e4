import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import {
  errorResponse,
  RELEASES_BASE_URL,
  setUpMswServer,
} from '../../../__testUtils__/apis';
import {
  CHECKOUT,
  planned,
  renderReleasePage,
  serveRelease,
} from '../../../__testUtils__/releasePage';

const server = setUpMswServer();

describe('NotApplicableDialog', () => {
  it('marks an item not applicable only with a note', async () => {
    const backend = serveRelease(server, planned());
    await renderReleasePage();
    await screen.findByText('Dashboards ready');

    await userEvent.click(
      screen.getByRole('button', { name: 'Not applicable: Dashboards ready' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Mark not applicable' }),
    );
    expect(within(dialog).getByText('A note is required')).toBeInTheDocument();
    expect(backend.itemPatches).toEqual([]);

    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /Why it does not apply/ }),
      { target: { value: 'No new metrics in this change' } },
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Mark not applicable' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.itemPatches).toEqual([
      {
        itemId: 'dashboards',
        body: {
          state: 'not_applicable',
          note: 'No new metrics in this change',
        },
      },
    ]);
    const checkout = screen.getByRole('list', {
      name: `Checklist of ${CHECKOUT}`,
    });
    expect(
      within(checkout).getByText(/No new metrics in this change/),
    ).toBeInTheDocument();
    expect(within(checkout).getByText('Not applicable')).toBeInTheDocument();
  });

  it('keeps the not-applicable dialog open with the server’s message when it refuses', async () => {
    serveRelease(server, planned());
    server.use(
      http.patch(`${RELEASES_BASE_URL}/releases/:id/checklist/:itemId`, () =>
        errorResponse(
          409,
          'ConflictError',
          'This release is released and can no longer be changed',
        ),
      ),
    );
    await renderReleasePage();
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Not applicable: Dashboards ready',
      }),
    );
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /Why it does not apply/ }),
      { target: { value: 'Not needed' } },
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Mark not applicable' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This release is released and can no longer be changed',
    );
    // The page behind the modal dialog is hidden from the accessibility tree.
    expect(
      screen.getByRole('checkbox', {
        name: 'Done: Dashboards ready (checkout-service)',
        hidden: true,
      }),
    ).not.toBeChecked();
  });
});
