import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { RELEASES_BASE_URL, setUpMswServer } from '../../../__testUtils__/apis';
import { aRelease, anItem } from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { DecisionDialog } from './DecisionDialog';

const server = setUpMswServer();

const CART = 'component:default/cart';
const release = aRelease({
  id: 'rel-1',
  status: 'planned',
  checklist: [anItem({ id: 'i1', componentRef: CART, check: 'ci.tests' })],
  failedChecks: [
    {
      itemId: 'i1',
      entityRef: CART,
      check: 'ci.tests',
      required: true,
      summary: '3 tests failed',
      url: null,
    },
    {
      itemId: 'i2',
      entityRef: CART,
      check: 'ci.lint',
      required: false,
      summary: null,
      url: null,
    },
  ],
});

function recordingBodies() {
  const bodies: any[] = [];
  server.use(
    http.post(
      `${RELEASES_BASE_URL}/releases/rel-1/decisions`,
      async ({ request }) => {
        const body: any = await request.json();
        bodies.push(body);
        return HttpResponse.json(
          {
            id: 'd1',
            releaseId: 'rel-1',
            ...body,
            attendees: [],
            decidedBy: 'user:default/jane',
            decidedAt: '2030-05-04T08:00:00.000Z',
            readiness: release.readiness,
            overrideReason: body.overrideReason ?? null,
          },
          { status: 201 },
        );
      },
    ),
  );
  return bodies;
}

async function renderDialog() {
  const onRecorded = jest.fn();
  await renderWithApis(
    <DecisionDialog
      open
      release={release}
      onClose={() => {}}
      onRecorded={onRecorded}
    />,
  );
  const dialog = screen.getByRole('dialog');
  fireEvent.change(within(dialog).getByRole('textbox', { name: /Rationale/ }), {
    target: { value: 'Hotfix' },
  });
  return { dialog, onRecorded };
}

describe('DecisionDialog with failed required checks', () => {
  it('names the failed required checks on a go and needs a reason before it sends', async () => {
    const bodies = recordingBodies();
    const { dialog, onRecorded } = await renderDialog();
    expect(
      within(dialog).queryByRole('textbox', { name: /Override reason/ }),
    ).not.toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('radio', { name: 'Go' }));
    const warning = within(dialog).getByRole('status');
    expect(warning).toHaveTextContent('1 required check has failed');
    expect(warning).toHaveTextContent('ci.tests of cart: 3 tests failed');
    // The optional check does not block the go.
    expect(warning).not.toHaveTextContent('ci.lint');

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Record go' }),
    );
    expect(
      await within(dialog).findByText(
        'Say why the release goes ahead regardless',
      ),
    ).toBeInTheDocument();
    expect(bodies).toEqual([]);

    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /Override reason/ }),
      { target: { value: ' Quarantined upstream ' } },
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Record go' }),
    );
    await waitFor(() => expect(onRecorded).toHaveBeenCalled());
    expect(bodies).toEqual([
      {
        decision: 'go',
        rationale: 'Hotfix',
        overrideReason: 'Quarantined upstream',
      },
    ]);
  });

  it('asks nothing more of a no-go', async () => {
    const bodies = recordingBodies();
    const { dialog, onRecorded } = await renderDialog();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'No-go' }));
    expect(within(dialog).queryByRole('status')).not.toBeInTheDocument();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Record no-go' }),
    );
    await waitFor(() => expect(onRecorded).toHaveBeenCalled());
    expect(bodies).toEqual([{ decision: 'no_go', rationale: 'Hotfix' }]);
  });
});
