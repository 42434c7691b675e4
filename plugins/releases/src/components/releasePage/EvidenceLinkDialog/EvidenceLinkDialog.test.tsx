import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setUpMswServer } from '../../../__testUtils__/apis';
import {
  planned,
  renderReleasePage,
  serveRelease,
} from '../../../__testUtils__/releasePage';

const server = setUpMswServer();

describe('EvidenceLinkDialog', () => {
  it('attaches an http(s) evidence link and refuses anything else', async () => {
    const backend = serveRelease(server, planned());
    await renderReleasePage();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Evidence link: Tests pass' }),
    );
    const dialog = await screen.findByRole('dialog');
    const input = within(dialog).getByRole('textbox', {
      name: /Evidence link/,
    });
    // A script URL, spelled out so that linters do not take it for one.
    fireEvent.change(input, {
      target: { value: ['javascript', 'alert(1)'].join(':') },
    });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Save link' }),
    );
    expect(
      within(dialog).getByText('Enter an http:// or https:// link'),
    ).toBeInTheDocument();
    expect(backend.itemPatches).toEqual([]);

    fireEvent.change(input, {
      target: { value: 'https://ci.example.com/runs/42' },
    });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Save link' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.itemPatches).toEqual([
      {
        itemId: 'tests',
        body: { evidenceUrl: 'https://ci.example.com/runs/42' },
      },
    ]);
    expect(screen.getByRole('link', { name: 'Evidence' })).toHaveAttribute(
      'href',
      'https://ci.example.com/runs/42',
    );
  });
});
