import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type {
  Release,
  ReleaseStatus,
} from '@releasekit/plugin-releases-common';
import { DateTime } from 'luxon';
import { http } from 'msw';
import {
  errorResponse,
  RELEASES_BASE_URL,
  setUpMswServer,
} from '../../../__testUtils__/apis';
import { serveFollowUpRelease } from '../../../__testUtils__/followUpBackend';
import { aRelease } from '../../../__testUtils__/fixtures';
import { renderReleasePage } from '../../../__testUtils__/releasePage';

// Filling the outcome form takes many events; small CI machines are slow at it.
jest.setTimeout(30_000);

const server = setUpMswServer();

function release(overrides: Partial<Release> = {}): Release {
  return aRelease({
    id: 'rel-1',
    title: 'Checkout',
    version: '2.4.0',
    status: 'in_progress',
    windowStart: '2025-01-04T09:00:00.000Z',
    windowEnd: '2025-01-04T13:00:00.000Z',
    ...overrides,
  });
}

async function renderPage() {
  await renderReleasePage();
  await screen.findByRole('heading', { name: 'Checkout 2.4.0' });
}

function status() {
  return within(screen.getByRole('banner'));
}

async function recordOutcome(result: string) {
  await userEvent.click(screen.getByRole('button', { name: 'Record outcome' }));
  const dialog = await screen.findByRole('dialog');
  fireEvent.click(within(dialog).getByRole('radio', { name: result }));
  fireEvent.change(within(dialog).getByLabelText(/Released at/), {
    // Two hours after the window end, as the viewer's local time.
    target: {
      value: DateTime.fromISO('2025-01-04T15:00:00Z')
        .toLocal()
        .toFormat("yyyy-LL-dd'T'HH:mm"),
    },
  });
  return dialog;
}

describe('OutcomeSection recording an outcome', () => {
  it('records the outcome of a running release, which then shows as released with its retrospective', async () => {
    const backend = serveFollowUpRelease(server, release());
    await renderPage();
    expect(
      screen.getByText(/No outcome yet\. Record it once the release is out/),
    ).toBeInTheDocument();

    const dialog = await recordOutcome('Success');
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Add incident' }),
    );
    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /^Incident 1/ }),
      {
        target: { value: 'Checkout 500s for 4 minutes' },
      },
    );
    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /Link for incident 1/ }),
      { target: { value: 'https://status.example.com/incidents/42' } },
    );
    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /Lessons learned/ }),
      { target: { value: '## What went well\n- The **rollback plan**' } },
    );
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Add action item' }),
    );
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Add action item' }),
    );
    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /^Action item 1/ }),
      { target: { value: 'Automate the smoke test' } },
    );
    const second = within(dialog).getByRole('group', { name: 'Action item 2' });
    fireEvent.change(within(second).getByRole('textbox'), {
      target: { value: 'Alert on checkout error rate' },
    });
    fireEvent.click(within(second).getByRole('checkbox'));
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Save outcome' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    expect(backend.outcomeBodies).toHaveLength(1);
    expect(status().getByText('Released')).toBeInTheDocument();
    const outcome = within(
      screen.getByRole('region', { name: 'Recorded outcome' }),
    );
    expect(outcome.getByText('Success')).toBeInTheDocument();
    expect(
      screen.getByText(/2 h after the planned window end/),
    ).toBeInTheDocument();
    const incidents = screen.getByRole('list', { name: 'Incidents' });
    expect(
      within(incidents).getByRole('link', {
        name: /Checkout 500s for 4 minutes/,
      }),
    ).toHaveAttribute('href', 'https://status.example.com/incidents/42');
    expect(
      screen.getByRole('heading', { name: 'What went well' }),
    ).toBeInTheDocument();
    expect(screen.getByText('rollback plan').tagName).toBe('STRONG');

    const items = within(
      screen.getByRole('list', { name: 'Action items' }),
    ).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Automate the smoke test');
    expect(items[0]).not.toHaveTextContent('Carried forward');
    expect(items[1]).toHaveTextContent('Alert on checkout error rate');
    expect(items[1]).toHaveTextContent('Carried forward');

    // Closed now: the outcome can be amended, no longer recorded afresh; no more decisions.
    expect(
      screen.getByRole('button', { name: 'Amend outcome' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record outcome' })).toBeNull();
    expect(
      screen.queryByRole('button', { name: 'Record decision' }),
    ).toBeNull();
  });
});

describe('OutcomeSection closing, refusals and what it offers', () => {
  it('closes the release as rolled back when that is the result', async () => {
    const backend = serveFollowUpRelease(server, release());
    await renderPage();
    const dialog = await recordOutcome('Rolled back');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Save outcome' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(status().getByText('Rolled back')).toBeInTheDocument();
    expect(backend.current().status).toBe('rolled_back');
    expect(
      within(
        screen.getByRole('region', { name: 'Recorded outcome' }),
      ).getByText('Rolled back'),
    ).toBeInTheDocument();
    expect(screen.getByText('No incidents.')).toBeInTheDocument();
    expect(screen.getByText('None written down.')).toBeInTheDocument();
  });

  it('keeps the dialog open with the field error when the server refuses the time', async () => {
    const backend = serveFollowUpRelease(server, release());
    await renderPage();
    // The server's clock is behind the browser's.
    server.use(
      http.put(`${RELEASES_BASE_URL}/releases/:id/outcome`, () =>
        errorResponse(400, 'InputError', 'releasedAt: cannot be in the future'),
      ),
    );
    const dialog = await recordOutcome('Success');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Save outcome' }),
    );
    expect(
      await within(dialog).findByText('cannot be in the future'),
    ).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(backend.current().status).toBe('in_progress');
  });

  it.each<[ReleaseStatus, boolean, string | null]>([
    ['draft', false, null],
    ['planned', false, null],
    ['in_progress', false, 'Record outcome'],
    ['released', false, 'Record outcome'],
    ['released', true, 'Amend outcome'],
    ['rolled_back', true, 'Amend outcome'],
    ['cancelled', false, null],
  ])(
    'on a %s release (outcome recorded: %s) offers %s',
    async (releaseStatus, withOutcome, action) => {
      serveFollowUpRelease(
        server,
        release({
          status: releaseStatus,
          outcome: withOutcome
            ? {
                result:
                  releaseStatus === 'rolled_back' ? 'rolled_back' : 'success',
                releasedAt: '2025-01-04T12:00:00.000Z',
                incidents: [],
                lessonsLearned: '',
                actionItems: [],
                recordedBy: 'user:default/jane',
                recordedAt: '2025-01-04T12:30:00.000Z',
              }
            : null,
        }),
      );
      await renderPage();
      expect(screen.getByText('Outcome & retrospective')).toBeInTheDocument();
      const offered = screen
        .queryAllByRole('button', { name: /(Record|Amend) outcome/ })
        .map(button => button.textContent);
      expect(offered).toEqual(action ? [action] : []);
    },
  );
});
