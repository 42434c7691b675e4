import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import {
  RELEASES_BASE_URL,
  setUpMswServer,
  TestSignalApi,
} from '../../../__testUtils__/apis';
import { aRisk } from '../../../__testUtils__/fixtures';
import {
  CART,
  CHECKOUT,
  checkbox,
  planned,
  renderReleasePage,
  serveRelease,
} from '../../../__testUtils__/releasePage';

const server = setUpMswServer();

describe('ReleaseDetailsPage', () => {
  it('shows progress while the release loads', async () => {
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases/:id`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    await renderReleasePage();
    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });

  it('shows why the release cannot be shown', async () => {
    serveRelease(server, planned());
    await renderReleasePage('rel-missing');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No release with id rel-missing',
    );
  });

  it('shows the plan: header, goals rendered safely, risks, a checklist per component, readiness and activity', async () => {
    serveRelease(server, planned());
    const { container } = await renderReleasePage();

    expect(
      await screen.findByRole('heading', { name: 'Checkout 2.4.0' }),
    ).toBeInTheDocument();
    const header = screen.getByRole('banner');
    expect(within(header).getByText('Planned')).toBeInTheDocument();
    expect(within(header).getByText('checkout-team')).toBeInTheDocument();
    expect(within(header).getByText('web-team')).toBeInTheDocument();

    expect(screen.getByRole('heading', { name: 'Goals' })).toBeInTheDocument();
    expect(container.querySelector('script')).toBeNull();
    expect((window as any).pwned).toBeUndefined();

    const risks = screen.getByRole('table', { name: 'Risks' });
    expect(
      within(risks).getByText('Acquirer latency under peak load'),
    ).toBeInTheDocument();
    expect(within(risks).getByText('High')).toBeInTheDocument();

    const releaseLevel = screen.getByRole('list', {
      name: 'Checklist of the release',
    });
    expect(
      within(releaseLevel).getByText('Go decision recorded'),
    ).toBeInTheDocument();
    const checkout = screen.getByRole('list', {
      name: `Checklist of ${CHECKOUT}`,
    });
    expect(within(checkout).getByText('Tests pass')).toBeInTheDocument();
    expect(within(checkout).getByText('Dashboards ready')).toBeInTheDocument();
    expect(checkbox('Cart tests pass', 'cart-service')).toBeChecked();

    // Per component: cart has its only item done; checkout has none of two.
    expect(
      screen.getByRole('progressbar', {
        name: `Readiness of ${CART}: 100%`,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', {
        name: `Readiness of ${CHECKOUT}: 0%`,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Not ready: 3 required items open.'),
    ).toBeInTheDocument();

    expect(
      await screen.findByText('Created Checkout 2.4.0 with 2 component(s)'),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('list', { name: 'Suggested order' }),
    ).toHaveTextContent(/1\. cart-service.*2\. checkout-service/);
  });

  it('shows the risk score with its factors, and the new score when the release changes elsewhere', async () => {
    const backend = serveRelease(server, planned({ risk: null }));
    const signalApi = new TestSignalApi();
    await renderReleasePage('rel-1', { signalApi });
    expect(
      await screen.findByText(/^Risk not computed yet\./),
    ).toBeInTheDocument();

    // The backend computes the risk after a pipeline's failed check, and says the release changed.
    backend.changeElsewhere({ risk: aRisk() });
    signalApi.publish('releases:release:rel-1', { releaseId: 'rel-1' });
    const factors = await screen.findByRole(
      'table',
      { name: 'Risk factors' },
      { timeout: 10_000 },
    );
    expect(screen.getByText('58')).toHaveTextContent('58 / 100');
    expect(screen.getByText('Medium risk')).toBeInTheDocument();
    expect(
      within(factors)
        .getByRole('cell', { name: 'Failed checks' })
        .closest('tr'),
    ).toHaveTextContent('Failed checks2× 10= 20');

    backend.changeElsewhere({ risk: aRisk({ failedChecks: 4 }) });
    signalApi.publish('releases:release:rel-1', { releaseId: 'rel-1' });
    await waitFor(
      () => expect(screen.getByText('78')).toHaveTextContent('78 / 100'),
      { timeout: 10_000 },
    );
    expect(screen.getByText('High risk')).toBeInTheDocument();
    expect(screen.queryByText(/^Risk not computed yet/)).toBeNull();
  });
});
