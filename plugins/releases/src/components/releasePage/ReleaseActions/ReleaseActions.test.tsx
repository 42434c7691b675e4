import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setUpMswServer } from '../../../__testUtils__/apis';
import {
  checkbox,
  planned,
  renderReleasePage,
  serveRelease,
} from '../../../__testUtils__/releasePage';

const server = setUpMswServer();

describe('ReleaseActions', () => {
  it('deletes a draft after confirmation and goes back to the releases list', async () => {
    const backend = serveRelease(server, planned({ status: 'draft' }));
    await renderReleasePage();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Delete draft' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Delete draft' }),
    );
    expect(
      await screen.findByText('No releases planned yet'),
    ).toBeInTheDocument();
    expect(backend.deletes).toEqual(['rel-1']);
  });

  it('offers no delete for releases past draft and no changes to closed ones', async () => {
    serveRelease(server, planned({ status: 'released' }));
    await renderReleasePage();
    await screen.findByText('Tests pass');
    expect(screen.queryByRole('button', { name: 'Delete draft' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(checkbox('Tests pass')).toBeDisabled();
    expect(
      screen.queryByRole('button', { name: /Not applicable:/ }),
    ).toBeNull();
  });
});
