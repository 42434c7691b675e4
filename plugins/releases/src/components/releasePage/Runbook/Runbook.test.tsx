import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, HttpResponse } from 'msw';
import {
  errorResponse,
  setUpMswServer,
  TestSignalApi,
} from '../../../__testUtils__/apis';
import {
  aDeployment,
  anExecution,
  anExecutionStep,
  aStepOf,
} from '../../../__testUtils__/deploymentFixtures';
import { serveExecution } from '../../../__testUtils__/executionBackend';
import {
  CART,
  CHECKOUT,
  planned,
  renderReleasePage,
  serveRelease,
} from '../../../__testUtils__/releasePage';

const server = setUpMswServer();

const PAYMENTS = 'component:default/payments-api';

const running = () =>
  planned({ status: 'in_progress', components: [CHECKOUT, CART, PAYMENTS] });

/** Payments first, then cart, then checkout; checkout went out before payments was in production. */
function executionOf(paymentsStatus: 'deploying' | 'deployed' = 'deploying') {
  const paymentsStaging = aDeployment({
    entityRef: PAYMENTS,
    version: '5.2.0',
    environment: 'staging',
    url: 'https://ci.example.com/runs/payments-staging',
    startedAt: '2026-04-01T08:00:00.000Z',
    finishedAt: '2026-04-01T08:05:00.000Z',
  });
  const paymentsProduction = aDeployment({
    entityRef: PAYMENTS,
    version: '5.2.0',
    url: 'https://ci.example.com/runs/payments-production',
    startedAt: '2026-04-01T10:00:00.000Z',
    finishedAt: '2026-04-01T10:07:00.000Z',
  });
  const checkoutProduction = aDeployment({
    entityRef: CHECKOUT,
    version: '2.4.0',
    url: 'https://ci.example.com/runs/checkout-production',
    reportedBy: 'user:default/jane',
    startedAt: '2026-04-01T09:00:00.000Z',
    finishedAt: '2026-04-01T09:06:00.000Z',
  });
  return anExecution([
    paymentsStatus === 'deployed'
      ? aStepOf(1, 'deployed', [paymentsProduction, paymentsStaging])
      : aStepOf(1, 'deploying', [paymentsStaging]),
    anExecutionStep({ entityRef: CART, order: 2 }),
    aStepOf(3, 'deployed', [checkoutProduction], {
      deployedAhead: [PAYMENTS],
    }),
  ]);
}

async function steps() {
  const list = await screen.findByRole('list', { name: 'Runbook steps' });
  return within(list).getAllByRole('listitem');
}

describe('Runbook', () => {
  it('lists the steps in the suggested order with their status, version, environment, times, who and run', async () => {
    serveRelease(server, running());
    serveExecution(server, executionOf());
    await renderReleasePage();

    const [payments, cart, checkout] = await steps();
    expect(payments).toHaveTextContent(/^Step 1payments-api/);
    expect(cart).toHaveTextContent(/^Step 2cart-service/);
    expect(checkout).toHaveTextContent(/^Step 3checkout-service/);

    expect(within(payments).getByText('Deploying')).toBeInTheDocument();
    expect(payments).toHaveTextContent('5.2.0 in staging');
    expect(payments).toHaveTextContent('by external:github-actions');
    const run = within(payments).getByRole('link', {
      name: 'Pipeline run of payments-api 5.2.0 in staging',
    });
    expect(run).toHaveAttribute(
      'href',
      'https://ci.example.com/runs/payments-staging',
    );
    // Underlined: a link must not differ from its text by colour alone (axe link-in-text-block).
    expect(run.className).toMatch(/MuiLink-underlineAlways/);
    const [started, finished] = payments.querySelectorAll('time');
    expect(started).toHaveAttribute('dateTime', '2026-04-01T08:00:00.000Z');
    expect(started.getAttribute('title')).toMatch(/2026/);
    expect(finished).toHaveAttribute('dateTime', '2026-04-01T08:05:00.000Z');

    expect(within(cart).getByText('Pending')).toBeInTheDocument();
    expect(within(cart).getByText('Not deployed yet')).toBeInTheDocument();
    expect(
      within(cart).queryByRole('link', { name: /Pipeline run/ }),
    ).toBeNull();

    expect(within(checkout).getByText('Deployed')).toBeInTheDocument();
    expect(checkout).toHaveTextContent('2.4.0 in production');
    const reporter = within(checkout).getByRole('link', { name: /jane/i });
    // Inside the step's sentence, underlined like the run link.
    expect(reporter.className).toMatch(/MuiLink-underlineAlways/);
  });

  it('flags a step deployed before a component it depends on, and only that one', async () => {
    serveRelease(server, running());
    serveExecution(server, executionOf());
    await renderReleasePage();

    const [payments, cart, checkout] = await steps();
    expect(within(checkout).getByRole('note')).toHaveTextContent(
      'Deployed before payments-api, which it depends on',
    );
    expect(within(payments).queryByRole('note')).toBeNull();
    expect(within(cart).queryByRole('note')).toBeNull();
  });

  it('marks the steps of a dependency cycle as going together, and says when the order is the release’s own', async () => {
    serveRelease(server, running());
    serveExecution(
      server,
      anExecution(
        [
          anExecutionStep({ entityRef: CART, order: 1, cycleWith: [CHECKOUT] }),
          anExecutionStep({ entityRef: CHECKOUT, order: 2, cycleWith: [CART] }),
          anExecutionStep({ entityRef: PAYMENTS, order: 3 }),
        ],
        { degraded: true },
      ),
    );
    await renderReleasePage();

    const [cart, checkout, payments] = await steps();
    expect(cart).toHaveTextContent(
      'Goes together with checkout-service: they depend on each other',
    );
    expect(checkout).toHaveTextContent(
      'Goes together with cart-service: they depend on each other',
    );
    expect(payments).not.toHaveTextContent('Goes together');
    expect(
      screen.getByText(/the steps are in the release’s own order/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/No deployments reported yet: pipelines report them/),
    ).toBeInTheDocument();
  });

  it('follows the deployments live: a step changes when the release signals', async () => {
    serveRelease(server, running());
    const backend = serveExecution(server, executionOf('deploying'));
    const signalApi = new TestSignalApi();
    await renderReleasePage('rel-1', { signalApi });
    let [payments] = await steps();
    expect(within(payments).getByText('Deploying')).toBeInTheDocument();

    // A pipeline reports payments-api in production; the backend signals the release.
    backend.change(executionOf('deployed'));
    signalApi.publish('releases:release:rel-1', { releaseId: 'rel-1' });
    await waitFor(
      async () => {
        [payments] = await steps();
        expect(within(payments).getByText('Deployed')).toBeInTheDocument();
      },
      { timeout: 10_000 },
    );
    expect(payments).toHaveTextContent('5.2.0 in production');
    expect(
      within(payments).getByRole('link', {
        name: 'Pipeline run of payments-api 5.2.0 in production',
      }),
    ).toHaveAttribute(
      'href',
      'https://ci.example.com/runs/payments-production',
    );
  });
});

describe('Runbook, opened and in its other states', () => {
  it('opens a step to its deployments for this release and what is deployed where', async () => {
    serveRelease(server, running());
    serveExecution(server, executionOf('deployed'), {
      [PAYMENTS]: {
        entityRef: PAYMENTS,
        environments: [
          {
            name: 'staging',
            production: false,
            deployment: aDeployment({
              entityRef: PAYMENTS,
              version: '5.3.0-rc1',
              environment: 'staging',
              releaseId: null,
            }),
          },
          {
            name: 'production',
            production: true,
            deployment: aDeployment({ entityRef: PAYMENTS, version: '5.2.0' }),
          },
        ],
      },
    });
    await renderReleasePage();
    await steps();

    const toggle = screen.getByRole('button', {
      name: 'Show deployments of payments-api',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(
      screen.getByRole('button', { name: 'Hide deployments of payments-api' }),
    ).toHaveAttribute('aria-expanded', 'true');

    const history = screen.getByRole('table', {
      name: 'Deployments of payments-api for this release',
    });
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows.map(row => row.textContent)).toEqual([
      expect.stringMatching(/^production5\.2\.0Succeeded/),
      expect.stringMatching(/^staging5\.2\.0Succeeded/),
    ]);

    const now = await screen.findByRole('table', {
      name: 'Deployed version of payments-api per environment',
    });
    const [staging, production] = within(now).getAllByRole('row').slice(1);
    expect(staging).toHaveTextContent(/^staging5\.3\.0-rc1–/);
    expect(production).toHaveTextContent(/^production5\.2\.0This release/);
  });

  it('says why the runbook could not be loaded', async () => {
    serveRelease(server, running());
    serveExecution(server, () =>
      errorResponse(503, 'ServiceUnavailableError', 'The database is away'),
    );
    await renderReleasePage();
    expect(
      await screen.findByText('Could not load the runbook', { exact: false }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The database is away');
  });

  it('has no runbook for a draft', async () => {
    serveRelease(server, planned({ status: 'draft' }));
    const backend = serveExecution(server, executionOf());
    await renderReleasePage();
    await screen.findByRole('heading', { name: 'Checkout 2.4.0' });
    expect(screen.queryByText('Runbook')).toBeNull();
    expect(backend.reads()).toBe(0);
  });

  it('shows the runbook’s heading, and progress until it answers', async () => {
    serveRelease(server, running());
    serveExecution(server, async () => {
      await delay('infinite');
      return HttpResponse.json({});
    });
    await renderReleasePage();
    expect(
      await screen.findByRole('heading', { name: 'Runbook' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });
});
