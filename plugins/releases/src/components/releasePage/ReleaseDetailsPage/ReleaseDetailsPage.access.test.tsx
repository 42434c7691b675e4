import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Release } from '@releasekit/plugin-releases-common';
import { setUpMswServer } from '../../../__testUtils__/apis';
import { aRelease, anItem } from '../../../__testUtils__/fixtures';
import {
  renderReleasePage,
  serveRelease,
} from '../../../__testUtils__/releasePage';

const server = setUpMswServer();

const CART = 'component:default/cart-service';
const LEDGER = 'component:default/ledger-service';

/** A release of the payments team, seen by a member of the checkout team who owns only the cart. */
function seenByCartOwner(): Release {
  return aRelease({
    id: 'rel-9',
    title: 'Payments',
    version: '5.2.0',
    status: 'planned',
    owner: 'group:default/payments-team',
    components: [CART, LEDGER],
    checklist: [
      anItem({ id: 'cart-1', componentRef: CART, title: 'Cart tests pass' }),
      anItem({
        id: 'ledger-1',
        componentRef: LEDGER,
        title: 'Ledger tests pass',
      }),
      anItem({
        id: 'notes',
        componentRef: null,
        title: 'Release notes drafted',
      }),
    ],
    access: { update: false, delete: false, updatableItemIds: ['cart-1'] },
  });
}

describe('ReleaseDetailsPage for a viewer with few rights', () => {
  it('disables editing and running the release, saying why, and lets them tick only their items', async () => {
    const backend = serveRelease(server, seenByCartOwner());
    await renderReleasePage('rel-9');

    const edit = await screen.findByRole('button', { name: 'Edit' });
    expect(edit).toBeDisabled();
    expect(
      screen.getByRole('button', { name: 'Start release' }),
    ).toBeDisabled();
    expect(
      screen.getAllByLabelText(
        'Only the release owner (or a release admin) can do this',
      ).length,
    ).toBeGreaterThanOrEqual(2);

    const ledger = screen.getByRole('checkbox', {
      name: 'Done: Ledger tests pass (ledger-service)',
    });
    expect(ledger).toBeDisabled();
    expect(
      screen.getByLabelText(
        `Only the owners of ${LEDGER} and the release owner can update this item`,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: 'Done: Release notes drafted' }),
    ).toBeDisabled();
    // Nor the other actions of an item that is not theirs.
    expect(
      screen.queryByRole('button', {
        name: 'Not applicable: Ledger tests pass',
      }),
    ).toBeNull();

    const cart = screen.getByRole('checkbox', {
      name: 'Done: Cart tests pass (cart-service)',
    });
    expect(cart).toBeEnabled();
    await userEvent.click(cart);
    await waitFor(() =>
      expect(
        screen.getByRole('checkbox', {
          name: 'Done: Cart tests pass (cart-service)',
        }),
      ).toBeChecked(),
    );
    expect(backend.itemPatches.map(patch => patch.itemId)).toEqual(['cart-1']);
  });
});
