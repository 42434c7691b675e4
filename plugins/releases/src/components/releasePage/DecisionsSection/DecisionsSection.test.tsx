import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type {
  Decision,
  Release,
  ReleaseStatus,
} from '@releasekit/plugin-releases-common';
import { setUpMswServer } from '../../../__testUtils__/apis';
import { serveFollowUpRelease } from '../../../__testUtils__/followUpBackend';
import { aRelease, anItem } from '../../../__testUtils__/fixtures';
import { renderReleasePage } from '../../../__testUtils__/releasePage';

const server = setUpMswServer();

function aDecision(overrides: Partial<Decision>): Decision {
  return {
    id: 'd1',
    releaseId: 'rel-1',
    decision: 'go',
    rationale: 'All green',
    attendees: [],
    decidedBy: 'user:default/jane',
    decidedAt: '2030-05-01T09:00:00.000Z',
    overrideReason: null,
    readiness: {
      ready: true,
      percent: 100,
      total: 2,
      settled: 2,
      requiredOpen: 0,
    },
    ...overrides,
  };
}

/** A planned release with two required items open: it may not start on readiness alone. */
function planned(overrides: Partial<Release> = {}): Release {
  return aRelease({
    id: 'rel-1',
    title: 'Checkout',
    version: '2.4.0',
    status: 'planned',
    checklist: [anItem({ id: 'a' }), anItem({ id: 'b' })],
    ...overrides,
  });
}

async function renderPage() {
  const rendered = await renderReleasePage();
  await screen.findByRole('heading', { name: 'Checkout 2.4.0' });
  return rendered;
}

describe('DecisionsSection listing the decisions and what it offers', () => {
  it('lists the decisions newest first, with rationale, attendees, who and when, and the readiness then', async () => {
    serveFollowUpRelease(
      server,
      planned({
        decisions: [
          aDecision({
            id: 'd1',
            decision: 'no_go',
            rationale: 'Payments dashboard missing',
            attendees: ['group:default/checkout-team', 'user:default/jane'],
            decidedAt: '2030-05-01T09:00:00.000Z',
            readiness: {
              ready: false,
              percent: 40,
              total: 5,
              settled: 2,
              requiredOpen: 3,
            },
          }),
          aDecision({
            id: 'd2',
            decision: 'go',
            rationale: 'Dashboard in place',
            decidedBy: 'user:default/sam',
            decidedAt: '2030-05-02T09:00:00.000Z',
            overrideReason: 'The failing suite is quarantined',
          }),
        ],
      }),
    );
    await renderPage();

    const list = screen.getByRole('list', { name: 'Go/no-go decisions' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Go');
    expect(rows[0]).toHaveTextContent('Dashboard in place');
    expect(rows[0]).toHaveTextContent(
      'Readiness then: 100%, every required item settled',
    );
    expect(within(rows[0]).getByRole('link', { name: 'sam' })).toHaveAttribute(
      'href',
      '/catalog/default/user/sam',
    );
    expect(rows[0]).not.toHaveTextContent('Attendees');
    expect(rows[0]).toHaveTextContent(
      'Went ahead despite failed required checks: The failing suite is quarantined',
    );
    expect(rows[1]).not.toHaveTextContent('Went ahead');

    expect(rows[1]).toHaveTextContent('No-go');
    expect(rows[1]).toHaveTextContent('Payments dashboard missing');
    expect(rows[1]).toHaveTextContent(
      'Readiness then: 40%, 3 required items open',
    );
    expect(
      within(rows[1]).getByRole('link', { name: 'group:checkout-team' }),
    ).toHaveAttribute('href', '/catalog/default/group/checkout-team');
    expect(within(rows[1]).getAllByRole('link', { name: 'jane' })).toHaveLength(
      2,
    );
    expect(within(rows[1]).getByRole('time')).toHaveAttribute(
      'datetime',
      '2030-05-01T09:00:00.000Z',
    );
    expect(
      screen.getByText('The latest decision is go: the release can start.'),
    ).toBeInTheDocument();
  });

  it.each<[ReleaseStatus, boolean]>([
    ['draft', false],
    ['planned', true],
    ['in_progress', true],
    ['released', false],
    ['rolled_back', false],
    ['cancelled', false],
  ])(
    'on a %s release, offers to record a decision: %s',
    async (status, offered) => {
      serveFollowUpRelease(server, planned({ status }));
      await renderPage();
      expect(screen.getByText('Go/no-go')).toBeInTheDocument();
      expect(
        screen.queryAllByRole('button', { name: 'Record decision' }),
      ).toHaveLength(offered ? 1 : 0);
    },
  );
});

describe('DecisionsSection recording a decision', () => {
  it('records a go, reloads the release, and then the release starts without an override', async () => {
    const backend = serveFollowUpRelease(server, planned());
    await renderPage();
    expect(
      screen.getByText(
        /No decision recorded yet\. Starting needs a go decision/,
      ),
    ).toBeInTheDocument();
    const readsBefore = backend.releaseReads();

    await userEvent.click(
      screen.getByRole('button', { name: 'Record decision' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Go' }));
    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /Rationale/ }),
      { target: { value: 'Remaining items are follow-ups' } },
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Record go' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const list = await screen.findByRole('list', {
      name: 'Go/no-go decisions',
    });
    expect(list).toHaveTextContent('Remaining items are follow-ups');
    expect(list).toHaveTextContent('Readiness then: 0%, 2 required items open');
    expect(backend.releaseReads()).toBeGreaterThan(readsBefore);
    expect(backend.decisionBodies).toEqual([
      { decision: 'go', rationale: 'Remaining items are follow-ups' },
    ]);

    await userEvent.click(
      screen.getByRole('button', { name: 'Start release' }),
    );
    const confirm = await screen.findByRole('dialog');
    await userEvent.click(
      within(confirm).getByRole('button', { name: 'Start release' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.transitions).toEqual([{ to: 'in_progress' }]);
    expect(
      within(screen.getByRole('banner')).getByText('In progress'),
    ).toBeInTheDocument();
  });
});
