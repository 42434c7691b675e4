import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import {
  errorResponse,
  RELEASES_BASE_URL,
  setUpMswServer,
  TestSignalApi,
} from '../../../__testUtils__/apis';
import {
  checkbox,
  planned,
  renderReleasePage,
  serveRelease,
} from '../../../__testUtils__/releasePage';

// Ticking on the release page: the state that useReleaseState keeps, as the page shows it.
const server = setUpMswServer();

describe('useReleaseState', () => {
  it('ticks an item at once, holds it while the request is in flight, and keeps it when the server agrees', async () => {
    const backend = serveRelease(server, planned());
    let respond: (() => void) | undefined;
    server.use(
      http.patch(
        `${RELEASES_BASE_URL}/releases/:id/checklist/:itemId`,
        async () => {
          await new Promise<void>(resolve => {
            respond = resolve;
          });
          return undefined; // fall through to the in-memory backend
        },
      ),
    );
    await renderReleasePage();
    await screen.findByText('Tests pass');

    await userEvent.click(checkbox('Tests pass'));
    // Optimistic: ticked before the server answered, and not clickable again meanwhile.
    expect(checkbox('Tests pass')).toBeChecked();
    expect(checkbox('Tests pass')).toBeDisabled();
    expect(
      screen.getByText('Not ready: 2 required items open.'),
    ).toBeInTheDocument();
    fireEvent.click(checkbox('Tests pass'));

    // The request may still be on its way to the server on a busy machine.
    await waitFor(() => expect(respond).toBeDefined());
    respond!();
    await waitFor(() => expect(checkbox('Tests pass')).toBeEnabled());
    expect(checkbox('Tests pass')).toBeChecked();
    expect(backend.itemPatches).toEqual([
      { itemId: 'tests', body: { state: 'done' } },
    ]);
  });

  it('rolls a tick back and says why when the server refuses it', async () => {
    const backend = serveRelease(server, planned());
    server.use(
      http.patch(`${RELEASES_BASE_URL}/releases/:id/checklist/:itemId`, () =>
        errorResponse(
          403,
          'NotAllowedError',
          'Only the assignee or the release owner can settle this item',
        ),
      ),
    );
    const { alertApi } = await renderReleasePage();
    await screen.findByText('Tests pass');

    await userEvent.click(checkbox('Tests pass'));
    await waitFor(() => expect(checkbox('Tests pass')).not.toBeChecked());
    await waitFor(() => expect(checkbox('Tests pass')).toBeEnabled());
    expect(alertApi.getAlerts()).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringContaining(
          'Only the assignee or the release owner can settle this item',
        ),
      }),
    ]);
    expect(
      screen.getByText('Not ready: 3 required items open.'),
    ).toBeInTheDocument();
    expect(backend.itemPatches).toEqual([]);
  });

  it('shows a change made elsewhere when the backend signals it, without a reload', async () => {
    const backend = serveRelease(server, planned());
    const signalApi = new TestSignalApi();
    await renderReleasePage('rel-1', { signalApi });
    await screen.findByText('Tests pass');
    expect(checkbox('Tests pass')).not.toBeChecked();

    // A pipeline reports the tests passed: the server's release changes, and it says so.
    backend.changeElsewhere({
      checklist: backend
        .current()
        .checklist.map(i =>
          i.title === 'Tests pass' ? { ...i, state: 'done' as const } : i,
        ),
    });
    expect(checkbox('Tests pass')).not.toBeChecked();
    signalApi.publish('releases:release:rel-1', { releaseId: 'rel-1' });
    // The page reloads the release: on a busy machine that takes more than waitFor's default second.
    await waitFor(() => expect(checkbox('Tests pass')).toBeChecked(), {
      timeout: 10_000,
    });
  });
});
