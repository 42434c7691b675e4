import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Decision } from '@releasekit/plugin-releases-common';
import { http, HttpResponse } from 'msw';
import {
  errorResponse,
  RELEASES_BASE_URL,
  setUpMswServer,
} from '../../../__testUtils__/apis';
import { aRelease, anItem } from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { DecisionDialog } from './DecisionDialog';

const server = setUpMswServer();

const release = aRelease({
  id: 'rel-1',
  status: 'planned',
  checklist: [anItem(), anItem({ state: 'done' })],
});

async function renderDialog() {
  const onRecorded = jest.fn();
  const onClose = jest.fn();
  await renderWithApis(
    <DecisionDialog
      open
      release={release}
      onClose={onClose}
      onRecorded={onRecorded}
    />,
  );
  return { onRecorded, onClose, dialog: screen.getByRole('dialog') };
}

function rationale(dialog: HTMLElement) {
  return within(dialog).getByRole('textbox', { name: /Rationale/ });
}

describe('DecisionDialog recording a decision', () => {
  it('records a go with its rationale and attendees, holding the button while it is sent', async () => {
    const bodies: any[] = [];
    let respond: () => void = () => {};
    const recorded: Decision = {
      id: 'd1',
      releaseId: 'rel-1',
      decision: 'go',
      rationale: 'Smoke tests green',
      attendees: ['user:default/jane'],
      decidedBy: 'user:default/jane',
      decidedAt: '2030-05-04T08:00:00.000Z',
      readiness: release.readiness,
      overrideReason: null,
    };
    server.use(
      http.post(
        `${RELEASES_BASE_URL}/releases/rel-1/decisions`,
        async ({ request }) => {
          bodies.push(await request.json());
          await new Promise<void>(resolve => {
            respond = resolve;
          });
          return HttpResponse.json(recorded, { status: 201 });
        },
      ),
    );
    const { dialog, onRecorded } = await renderDialog();
    // The snapshot that will be kept is said up front.
    expect(dialog).toHaveTextContent(
      'readiness now (50%, 1 required item open)',
    );

    await userEvent.click(within(dialog).getByRole('radio', { name: 'Go' }));
    fireEvent.change(rationale(dialog), {
      target: { value: '  Smoke tests green  ' },
    });
    const attendees = within(dialog).getByRole('textbox', {
      name: /Attendees/,
    });
    await userEvent.click(attendees);
    await userEvent.type(attendees, 'jane');
    await userEvent.click(
      await screen.findByRole('option', {
        name: 'Jane Doe (user:default/jane)',
      }),
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Record go' }),
    );

    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(
      within(dialog).getByRole('button', { name: 'Recording…' }),
    ).toBeDisabled();
    expect(
      within(dialog).getByRole('button', { name: 'Cancel' }),
    ).toBeDisabled();
    respond();
    await waitFor(() => expect(onRecorded).toHaveBeenCalledWith(recorded));
    expect(bodies).toEqual([
      {
        decision: 'go',
        rationale: 'Smoke tests green',
        attendees: ['user:default/jane'],
      },
    ]);
  });

  it('needs a verdict and a rationale before it sends anything', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post(
        `${RELEASES_BASE_URL}/releases/rel-1/decisions`,
        async ({ request }) => {
          bodies.push(await request.json());
          return HttpResponse.json({}, { status: 201 });
        },
      ),
    );
    const { dialog, onRecorded } = await renderDialog();

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Record decision' }),
    );
    expect(within(dialog).getByText('Choose go or no-go')).toBeInTheDocument();
    expect(within(dialog).getByText('Say why')).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('radio', { name: 'No-go' }));
    fireEvent.change(rationale(dialog), { target: { value: '   ' } });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Record no-go' }),
    );
    expect(within(dialog).queryByText('Choose go or no-go')).toBeNull();
    expect(within(dialog).getByText('Say why')).toBeInTheDocument();
    expect(rationale(dialog)).toHaveAttribute('aria-invalid', 'true');
    expect(bodies).toEqual([]);
    expect(onRecorded).not.toHaveBeenCalled();
  });
});

describe('DecisionDialog refusals', () => {
  it('shows why the server refused (409) and lets the user try again', async () => {
    server.use(
      http.post(`${RELEASES_BASE_URL}/releases/rel-1/decisions`, () =>
        errorResponse(
          409,
          'ConflictError',
          'Go/no-go decisions are taken on planned or in-progress releases; this one is cancelled',
        ),
      ),
    );
    const { dialog, onRecorded } = await renderDialog();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Go' }));
    fireEvent.change(rationale(dialog), { target: { value: 'Ready' } });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Record go' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'this one is cancelled',
    );
    expect(
      within(dialog).getByRole('button', { name: 'Record go' }),
    ).toBeEnabled();
    expect(onRecorded).not.toHaveBeenCalled();
  });

  it('shows an input error at the field it names', async () => {
    server.use(
      http.post(`${RELEASES_BASE_URL}/releases/rel-1/decisions`, () =>
        errorResponse(
          400,
          'InputError',
          'attendees: listed more than once: user:default/jane',
        ),
      ),
    );
    const { dialog } = await renderDialog();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Go' }));
    fireEvent.change(rationale(dialog), { target: { value: 'Ready' } });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Record go' }),
    );
    expect(
      await within(dialog).findByText(
        'listed more than once: user:default/jane',
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByRole('textbox', { name: /Attendees/ }),
    ).toHaveAttribute('aria-invalid', 'true');
    expect(rationale(dialog)).toHaveAttribute('aria-invalid', 'false');
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });
});
