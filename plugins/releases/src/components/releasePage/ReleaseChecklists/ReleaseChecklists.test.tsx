import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setUpMswServer } from '../../../__testUtils__/apis';
import {
  planned,
  renderReleasePage,
  serveRelease,
} from '../../../__testUtils__/releasePage';

const server = setUpMswServer();

describe('ReleaseChecklists', () => {
  it('filters the checklist to the viewer’s items (assigned to them or their groups)', async () => {
    serveRelease(server, planned());
    await renderReleasePage();
    await screen.findByText('Dashboards ready');

    await userEvent.click(screen.getByRole('checkbox', { name: /My items/ }));
    expect(screen.queryByText('Dashboards ready')).toBeNull();
    expect(screen.queryByText('Cart tests pass')).toBeNull();
    expect(screen.getByText('Tests pass')).toBeInTheDocument();
    expect(screen.getByText('Go decision recorded')).toBeInTheDocument();
    expect(
      screen.getByText('None of these items is yours.'),
    ).toBeInTheDocument();
  });
});
