import type { Release } from '@releasekit/plugin-releases-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setUpMswServer, TestSignalApi } from '../../../__testUtils__/apis';
import {
  aDeployment,
  anExecution,
  aStepOf,
} from '../../../__testUtils__/deploymentFixtures';
import { serveExecution } from '../../../__testUtils__/executionBackend';
import { aRelease } from '../../../__testUtils__/fixtures';
import { serveFollowUpRelease } from '../../../__testUtils__/followUpBackend';
import { renderReleasePage } from '../../../__testUtils__/releasePage';
import { toLocalInputValue } from '../../../formatting';

// Filling the outcome form takes many events; small CI machines are slow at it.
jest.setTimeout(30_000);

const server = setUpMswServer();

const CHECKOUT = 'component:default/checkout-service';
const GATEWAY = 'component:default/payment-gateway';
const RELEASED_AT = '2025-01-04T15:00:00.000Z';

function running(overrides: Partial<Release> = {}): Release {
  return aRelease({
    id: 'rel-1',
    title: 'Checkout',
    version: '2.4.0',
    status: 'in_progress',
    components: [GATEWAY, CHECKOUT],
    windowStart: '2025-01-04T09:00:00.000Z',
    windowEnd: '2025-01-04T13:00:00.000Z',
    ...overrides,
  });
}

const gatewayIn = (status: 'succeeded' | 'failed' | 'rolled_back') =>
  aDeployment({
    entityRef: GATEWAY,
    version: '5.2.0',
    status,
    startedAt: '2025-01-04T14:00:00.000Z',
    finishedAt: '2025-01-04T14:20:00.000Z',
  });
const checkoutInProduction = aDeployment({
  entityRef: CHECKOUT,
  version: '2.4.0',
  startedAt: '2025-01-04T14:50:00.000Z',
  finishedAt: RELEASED_AT,
});

const complete = anExecution(
  [
    aStepOf(1, 'deployed', [gatewayIn('succeeded')]),
    aStepOf(2, 'deployed', [checkoutInProduction]),
  ],
  { complete: true, releasedAt: RELEASED_AT },
);

function failed(status: 'failed' | 'rolled_back', production = 'production') {
  const deployment = { ...gatewayIn(status), environment: production };
  return anExecution([aStepOf(1, status, [deployment])], {
    productionEnvironment: production,
    failure: { entityRef: GATEWAY, status },
  });
}

async function openedDialog(button: HTMLElement) {
  await userEvent.click(button);
  return screen.findByRole('dialog');
}

describe('ExecutionBanner when every component is in production', () => {
  it('says since when, and both ways to record the outcome offer that time', async () => {
    const backend = serveFollowUpRelease(server, running());
    serveExecution(server, complete);
    await renderReleasePage();

    const banner = (
      await screen.findByText(/^Every component is in production since/)
    ).closest('[role="status"]') as HTMLElement;
    expect(banner.querySelector('time')).toHaveAttribute(
      'dateTime',
      RELEASED_AT,
    );

    // From the outcome section, as before, now with the deployments' time.
    const [sectionButton] = screen
      .getAllByRole('button', { name: 'Record outcome' })
      .filter(button => !banner.contains(button));
    let dialog = await openedDialog(sectionButton);
    expect(within(dialog).getByLabelText(/Released at/)).toHaveValue(
      toLocalInputValue(RELEASED_AT),
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Cancel' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    dialog = await openedDialog(
      within(banner).getByRole('button', { name: 'Record outcome' }),
    );
    expect(within(dialog).getByLabelText(/Released at/)).toHaveValue(
      toLocalInputValue(RELEASED_AT),
    );
    expect(
      within(dialog).getByText(
        'When the last production deployment finished, your time',
      ),
    ).toBeInTheDocument();
    await userEvent.click(
      within(dialog).getByRole('radio', { name: 'Success' }),
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Save outcome' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    expect(backend.outcomeBodies).toHaveLength(1);
    expect(backend.outcomeBodies[0].result).toBe('success');
    expect(Date.parse(backend.outcomeBodies[0].releasedAt)).toBe(
      Date.parse(RELEASED_AT),
    );
    expect(backend.current().status).toBe('released');
    // Recorded: the banner stays as a fact, without a second way to record.
    await waitFor(() =>
      expect(
        within(banner).queryByRole('button', { name: 'Record outcome' }),
      ).toBeNull(),
    );
    expect(banner).toHaveTextContent('Every component is in production since');
  });
});

describe('ExecutionBanner when a production deployment failed', () => {
  it('shows the failure as soon as the release signals it, and offers the rollback outcome', async () => {
    const backend = serveFollowUpRelease(server, running());
    const execution = serveExecution(
      server,
      anExecution([aStepOf(1, 'deploying', [gatewayIn('succeeded')])]),
    );
    const signalApi = new TestSignalApi();
    await renderReleasePage('rel-1', { signalApi });
    await screen.findByRole('list', { name: 'Runbook steps' });
    expect(screen.queryByText(/failed in production/)).toBeNull();

    execution.change(failed('failed'));
    signalApi.publish('releases:release:rel-1', { releaseId: 'rel-1' });
    const title = await screen.findByText(
      'payment-gateway 5.2.0 failed in production',
      undefined,
      { timeout: 10_000 },
    );
    const banner = title.closest('[role="alert"]') as HTMLElement;
    expect(banner).toHaveTextContent(
      'If the release is undone, record its outcome as rolled back.',
    );

    const dialog = await openedDialog(
      within(banner).getByRole('button', { name: 'Record rollback' }),
    );
    expect(
      within(dialog).getByRole('radio', { name: 'Rolled back' }),
    ).toBeChecked();
    expect(
      within(dialog).getByRole('radio', { name: 'Success' }),
    ).not.toBeChecked();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Save outcome' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    expect(backend.outcomeBodies.map(body => body.result)).toEqual([
      'rolled_back',
    ]);
    expect(backend.current().status).toBe('rolled_back');
    await waitFor(() =>
      expect(
        within(banner).queryByRole('button', { name: 'Record rollback' }),
      ).toBeNull(),
    );
  });

  it('says a rollback as such, in the environment that is production', async () => {
    serveFollowUpRelease(server, running());
    serveExecution(server, failed('rolled_back', 'prod'));
    await renderReleasePage();
    expect(
      await screen.findByText('payment-gateway 5.2.0 was rolled back in prod'),
    ).toBeInTheDocument();
  });

  it('says why someone who is not the owner cannot record the rollback', async () => {
    serveFollowUpRelease(
      server,
      running({
        access: { update: false, delete: false, updatableItemIds: [] },
      }),
    );
    serveExecution(server, failed('failed'));
    await renderReleasePage();
    const banner = (
      await screen.findByText('payment-gateway 5.2.0 failed in production')
    ).closest('[role="alert"]') as HTMLElement;
    expect(
      within(banner).getByRole('button', { name: 'Record rollback' }),
    ).toBeDisabled();
    expect(
      within(banner).getByLabelText(
        'Only the release owner (or a release admin) can do this',
      ),
    ).toBeInTheDocument();
  });
});
