import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Release } from '@releasekit/plugin-releases-common';
import { DateTime } from 'luxon';
import { http, HttpResponse } from 'msw';
import {
  errorResponse,
  RELEASES_BASE_URL,
  setUpMswServer,
} from '../../../__testUtils__/apis';
import { aRelease } from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { OutcomeDialog } from './OutcomeDialog';
import type { OutcomeOffer } from './outcomeForm';

const server = setUpMswServer();

const running = aRelease({
  id: 'rel-1',
  status: 'in_progress',
  revision: 7,
  windowStart: '2030-05-04T09:00:00.000Z',
  windowEnd: '2030-05-04T13:00:00.000Z',
});

async function renderDialog(release: Release = running, offer?: OutcomeOffer) {
  const onSaved = jest.fn();
  const onReloaded = jest.fn();
  await renderWithApis(
    <OutcomeDialog
      open
      release={release}
      onClose={() => {}}
      onSaved={onSaved}
      onReloaded={onReloaded}
      offer={offer}
    />,
  );
  return { onSaved, onReloaded, dialog: screen.getByRole('dialog') };
}

function serveOutcome(respond: (body: any) => Response | Promise<Response>) {
  const bodies: any[] = [];
  server.use(
    http.put(
      `${RELEASES_BASE_URL}/releases/rel-1/outcome`,
      async ({ request }) => {
        const body = await request.json();
        bodies.push(body);
        return respond(body);
      },
    ),
  );
  return bodies;
}

const LOCAL_RELEASED_AT = '2025-01-04T12:30';

async function fillMinimal(dialog: HTMLElement) {
  await userEvent.click(within(dialog).getByRole('radio', { name: 'Success' }));
  fireEvent.change(within(dialog).getByLabelText(/Released at/), {
    target: { value: LOCAL_RELEASED_AT },
  });
}

const save = (dialog: HTMLElement) =>
  userEvent.click(within(dialog).getByRole('button', { name: 'Save outcome' }));

describe('OutcomeDialog sending an outcome', () => {
  it('sends the result, the release time with its offset, incidents, lessons and action items, held to the revision', async () => {
    const saved = aRelease({ ...running, status: 'released', revision: 8 });
    let release: () => void = () => {};
    const bodies = serveOutcome(async () => {
      await new Promise<void>(resolve => {
        release = resolve;
      });
      return HttpResponse.json(saved);
    });
    const { dialog, onSaved } = await renderDialog();
    await fillMinimal(dialog);

    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Add incident' }),
    );
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Add incident' }),
    );
    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /^Incident 1/ }),
      { target: { value: 'Checkout 500s for 4 minutes' } },
    );
    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /Link for incident 1/ }),
      { target: { value: 'https://status.example.com/incidents/42' } },
    );
    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /^Incident 2/ }),
      { target: { value: 'Cache warm-up slow' } },
    );
    // A row added by mistake goes again.
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Add action item' }),
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
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Remove action item 2' }),
    );
    const second = within(dialog).getByRole('group', { name: 'Action item 2' });
    fireEvent.change(within(second).getByRole('textbox'), {
      target: { value: 'Page the payments on-call earlier' },
    });
    fireEvent.click(
      within(second).getByRole('checkbox', {
        name: 'Carry forward to the next release',
      }),
    );
    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /Lessons learned/ }),
      { target: { value: '## What went well\n- Fast rollback plan' } },
    );
    await save(dialog);

    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(
      within(dialog).getByRole('button', { name: 'Saving…' }),
    ).toBeDisabled();
    expect(
      within(dialog).getByRole('button', { name: 'Cancel' }),
    ).toBeDisabled();
    release();
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));

    const body = bodies[0];
    expect(body).toEqual({
      result: 'success',
      releasedAt: expect.stringMatching(
        /^2025-01-04T12:30:00(Z|[+-]\d\d:\d\d)$/,
      ),
      incidents: [
        {
          title: 'Checkout 500s for 4 minutes',
          url: 'https://status.example.com/incidents/42',
        },
        { title: 'Cache warm-up slow' },
      ],
      lessonsLearned: '## What went well\n- Fast rollback plan',
      actionItems: [
        { title: 'Automate the smoke test', carryForward: false },
        { title: 'Page the payments on-call earlier', carryForward: true },
      ],
      revision: 7,
    });
    // The local time the user picked, in their zone.
    expect(DateTime.fromISO(body.releasedAt).toMillis()).toBe(
      DateTime.fromISO(LOCAL_RELEASED_AT).toMillis(),
    );
  });
});

describe('OutcomeDialog checks and refusals', () => {
  it('checks the result, incident rows and action items before sending', async () => {
    const bodies = serveOutcome(() => HttpResponse.json(running));
    const { dialog } = await renderDialog();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Add incident' }),
    );
    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /Link for incident 1/ }),
      { target: { value: ['javascript', 'alert(1)'].join(':') } },
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Add action item' }),
    );
    fireEvent.change(within(dialog).getByLabelText(/Released at/), {
      target: {
        value: DateTime.now().plus({ days: 1 }).toFormat("yyyy-LL-dd'T'HH:mm"),
      },
    });
    await save(dialog);

    expect(within(dialog).getByLabelText(/Released at/)).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(
      within(dialog).getByText('cannot be in the future'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Choose how the release went'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('Name the incident')).toBeInTheDocument();
    expect(
      within(dialog).getByText('Enter an http:// or https:// link'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Say what is to be done'),
    ).toBeInTheDocument();
    expect(bodies).toEqual([]);
  });

  it('shows the API’s validation message at the field it names', async () => {
    const bodies = serveOutcome(() =>
      errorResponse(400, 'InputError', 'releasedAt: cannot be in the future'),
    );
    const { dialog, onSaved } = await renderDialog();
    await fillMinimal(dialog);
    await save(dialog);

    const releasedAt = within(dialog).getByLabelText(/Released at/);
    await waitFor(() =>
      expect(releasedAt).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(
      within(dialog).getByText('cannot be in the future'),
    ).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(
      within(dialog).getByRole('button', { name: 'Save outcome' }),
    ).toBeEnabled();
    expect(bodies).toHaveLength(1);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('says when someone else changed the release, and reloads it keeping what was typed', async () => {
    serveOutcome(() =>
      errorResponse(
        409,
        'ConflictError',
        'Release rel-1 was changed by someone else: you sent revision 7, it is now at revision 8.',
      ),
    );
    const fresh = aRelease({ ...running, revision: 8 });
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases/rel-1`, () =>
        HttpResponse.json(fresh),
      ),
    );
    const { dialog, onReloaded, onSaved } = await renderDialog();
    await fillMinimal(dialog);
    await save(dialog);

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('was changed by someone else');
    await userEvent.click(
      within(alert).getByRole('button', { name: 'Reload' }),
    );
    await waitFor(() => expect(onReloaded).toHaveBeenCalledWith(fresh));
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(
      within(dialog).getByRole('radio', { name: 'Success' }),
    ).toBeChecked();
    expect(onSaved).not.toHaveBeenCalled();
  });
});

describe('OutcomeDialog amending an outcome', () => {
  it('starts from the recorded outcome when amending', async () => {
    const finished = aRelease({
      ...running,
      status: 'released',
      outcome: {
        result: 'partial',
        releasedAt: '2030-01-04T15:00:00.000Z',
        incidents: [{ title: 'Search degraded' }],
        lessonsLearned: 'Ship smaller',
        actionItems: [{ title: 'Split the migration', carryForward: true }],
        recordedBy: 'user:default/jane',
        recordedAt: '2030-01-04T16:00:00.000Z',
      },
    });
    const { dialog } = await renderDialog(finished);
    expect(dialog).toHaveTextContent('Amend the outcome');
    expect(
      within(dialog).getByRole('radio', { name: 'Partial success' }),
    ).toBeChecked();
    expect(within(dialog).getByLabelText(/Released at/)).toHaveValue(
      DateTime.fromISO('2030-01-04T15:00:00.000Z').toFormat(
        "yyyy-LL-dd'T'HH:mm",
      ),
    );
    expect(
      within(dialog).getByRole('textbox', { name: /^Incident 1/ }),
    ).toHaveValue('Search degraded');
    expect(
      within(dialog).getByRole('textbox', { name: /Lessons learned/ }),
    ).toHaveValue('Ship smaller');
    const item = within(dialog).getByRole('group', { name: 'Action item 1' });
    expect(within(item).getByRole('textbox')).toHaveValue(
      'Split the migration',
    );
    expect(within(item).getByRole('checkbox')).toBeChecked();
  });
});

describe('OutcomeDialog with offered values', () => {
  it('starts from what is offered: a result, and the release time with where it comes from', async () => {
    const bodies = serveOutcome(() => HttpResponse.json(running));
    const { dialog } = await renderDialog(running, {
      result: 'rolled_back',
      releasedAt: '2025-01-04T15:00:00.000Z',
    });
    expect(
      within(dialog).getByRole('radio', { name: 'Rolled back' }),
    ).toBeChecked();
    const releasedAt = within(dialog).getByLabelText(/Released at/);
    expect(releasedAt).toHaveValue(
      DateTime.fromISO('2025-01-04T15:00:00.000Z').toFormat(
        "yyyy-LL-dd'T'HH:mm",
      ),
    );
    expect(dialog).toHaveTextContent(
      'When the last production deployment finished, your time',
    );

    // Changed by hand, the time is the viewer's own again.
    fireEvent.change(releasedAt, { target: { value: LOCAL_RELEASED_AT } });
    expect(dialog).toHaveTextContent('When it actually went out, your time');
    await save(dialog);
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toMatchObject({ result: 'rolled_back' });
  });

  it('offers only what it is given, over the recorded outcome', async () => {
    const finished = aRelease({
      ...running,
      status: 'released',
      outcome: {
        result: 'success',
        releasedAt: '2030-01-04T15:00:00.000Z',
        incidents: [],
        lessonsLearned: 'Ship smaller',
        actionItems: [],
        recordedBy: 'user:default/jane',
        recordedAt: '2030-01-04T16:00:00.000Z',
      },
    });
    const { dialog } = await renderDialog(finished, { result: 'rolled_back' });
    expect(
      within(dialog).getByRole('radio', { name: 'Rolled back' }),
    ).toBeChecked();
    expect(within(dialog).getByLabelText(/Released at/)).toHaveValue(
      DateTime.fromISO('2030-01-04T15:00:00.000Z').toFormat(
        "yyyy-LL-dd'T'HH:mm",
      ),
    );
    expect(
      within(dialog).getByRole('textbox', { name: /Lessons learned/ }),
    ).toHaveValue('Ship smaller');
  });
});
