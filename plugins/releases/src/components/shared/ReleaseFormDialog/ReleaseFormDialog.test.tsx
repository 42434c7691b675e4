import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DateTime } from 'luxon';
import { delay, http, HttpResponse } from 'msw';
import {
  errorResponse,
  RELEASES_BASE_URL,
  setUpMswServer,
} from '../../../__testUtils__/apis';
import {
  aRelease,
  defaultTemplate,
  hotfixTemplate,
} from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { ReleaseFormDialog } from './ReleaseFormDialog';

const server = setUpMswServer();

function serveTemplates() {
  server.use(
    http.get(`${RELEASES_BASE_URL}/templates`, () =>
      HttpResponse.json({ items: [hotfixTemplate, defaultTemplate] }),
    ),
  );
}

async function pickOption(field: RegExp, search: string, option: string) {
  const input = screen.getByRole('textbox', { name: field });
  await userEvent.click(input);
  await userEvent.type(input, search);
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

const existing = aRelease({
  id: 'rel-1',
  title: 'Checkout',
  version: '2.4.0',
  revision: 3,
  stakeholders: ['group:default/web-team'],
});

async function fillNewRelease() {
  fireEvent.change(screen.getByRole('textbox', { name: /Title/ }), {
    target: { value: 'Checkout' },
  });
  fireEvent.change(screen.getByRole('textbox', { name: /Version/ }), {
    target: { value: '2.4.0' },
  });
  fireEvent.change(screen.getByLabelText(/Window start/), {
    target: { value: '2030-05-04T09:00' },
  });
  fireEvent.change(screen.getByLabelText(/Window end/), {
    target: { value: '2030-05-04T08:00' },
  });
  await pickOption(/Owner/, 'jane', 'Jane Doe (user:default/jane)');
  await pickOption(/Components/, 'cart', 'component:default/cart-service');
}

describe('ReleaseFormDialog planning a new release', () => {
  it('shows the API’s validation message at the field it names, and keeps the form', async () => {
    serveTemplates();
    const bodies: any[] = [];
    server.use(
      http.post(`${RELEASES_BASE_URL}/releases`, async ({ request }) => {
        bodies.push(await request.json());
        return errorResponse(
          400,
          'InputError',
          'windowEnd: must be after windowStart',
        );
      }),
    );
    const onSaved = jest.fn();
    await renderWithApis(
      <ReleaseFormDialog open onClose={jest.fn()} onSaved={onSaved} />,
    );
    await fillNewRelease();
    await userEvent.click(screen.getByRole('button', { name: 'Plan release' }));

    const windowEnd = screen.getByLabelText(/Window end/);
    await waitFor(() =>
      expect(windowEnd).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(screen.getByText('must be after windowStart')).toBeInTheDocument();
    expect(screen.getByLabelText(/Window start/)).toHaveAttribute(
      'aria-invalid',
      'false',
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onSaved).not.toHaveBeenCalled();
    // What was typed is still there to be corrected.
    expect(screen.getByRole('textbox', { name: /Title/ })).toHaveValue(
      'Checkout',
    );

    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject({
      title: 'Checkout',
      version: '2.4.0',
      owner: 'user:default/jane',
      components: ['component:default/cart-service'],
      // The default template is preselected even when it is not listed first.
      templateId: 'default',
    });
    // The window is sent as ISO 8601 with the viewer's offset, meaning the instant they picked.
    expect(bodies[0].windowStart).toMatch(/[+-]\d\d:\d\d$|Z$/);
    expect(DateTime.fromISO(bodies[0].windowStart).toMillis()).toBe(
      DateTime.fromISO('2030-05-04T09:00').toMillis(),
    );
  });

  it('creates the release, with buttons disabled while the request is in flight', async () => {
    serveTemplates();
    let release: (() => void) | undefined;
    const created = aRelease({ id: 'rel-new', status: 'draft' });
    server.use(
      http.post(`${RELEASES_BASE_URL}/releases`, async () => {
        await new Promise<void>(resolve => {
          release = resolve;
        });
        return HttpResponse.json(created, { status: 201 });
      }),
    );
    const onSaved = jest.fn();
    await renderWithApis(
      <ReleaseFormDialog open onClose={jest.fn()} onSaved={onSaved} />,
    );
    await fillNewRelease();
    fireEvent.change(screen.getByLabelText(/Window end/), {
      target: { value: '2030-05-04T13:00' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Plan release' }));

    expect(
      await screen.findByRole('button', { name: 'Saving…' }),
    ).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();
    // The request may still be on its way to the server on a busy machine.
    await waitFor(() => expect(release).toBeDefined());
    release!();
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(onSaved.mock.calls[0][0].id).toBe('rel-new');
  });
});

describe('ReleaseFormDialog checks and refusals when planning', () => {
  it('asks for the required fields before sending anything', async () => {
    serveTemplates();
    const posted = jest.fn();
    server.use(
      http.post(`${RELEASES_BASE_URL}/releases`, () => {
        posted();
        return HttpResponse.json({}, { status: 201 });
      }),
    );
    await renderWithApis(
      <ReleaseFormDialog open onClose={jest.fn()} onSaved={jest.fn()} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Plan release' }));
    expect(screen.getByText('A title is required')).toBeInTheDocument();
    expect(screen.getByText('Pick the release manager')).toBeInTheDocument();
    expect(posted).not.toHaveBeenCalled();
  });

  it('shows errors that name no form field in a general alert', async () => {
    serveTemplates();
    server.use(
      http.post(`${RELEASES_BASE_URL}/releases`, () =>
        errorResponse(403, 'NotAllowedError', 'You may not plan releases'),
      ),
    );
    await renderWithApis(
      <ReleaseFormDialog open onClose={jest.fn()} onSaved={jest.fn()} />,
    );
    await fillNewRelease();
    await userEvent.click(screen.getByRole('button', { name: 'Plan release' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You may not plan releases',
    );
    expect(screen.getByRole('button', { name: 'Plan release' })).toBeEnabled();
  });
});

describe('ReleaseFormDialog editing a release after someone else did', () => {
  it('on a stale revision offers to reload, keeps what the user typed and saves on the new revision', async () => {
    const patches: any[] = [];
    server.use(
      http.patch(`${RELEASES_BASE_URL}/releases/rel-1`, async ({ request }) => {
        const body = (await request.json()) as any;
        patches.push(body);
        if (body.revision !== 5) {
          return errorResponse(
            409,
            'ConflictError',
            'Release rel-1 was changed by someone else: you sent revision 3, it is now at revision 5. Reload it and apply your change again.',
          );
        }
        return HttpResponse.json(
          aRelease({
            ...existing,
            title: body.title,
            version: '2.4.1',
            revision: 6,
          }),
        );
      }),
      http.get(`${RELEASES_BASE_URL}/releases/rel-1`, () =>
        // Someone else moved the version on in the meantime.
        HttpResponse.json(
          aRelease({ ...existing, version: '2.4.1', revision: 5 }),
        ),
      ),
    );
    const onSaved = jest.fn();
    await renderWithApis(
      <ReleaseFormDialog
        open
        release={existing}
        onClose={jest.fn()}
        onSaved={onSaved}
      />,
    );
    const title = screen.getByRole('textbox', { name: /Title/ });
    await userEvent.clear(title);
    await userEvent.type(title, 'Checkout express');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    const banner = await screen.findByText(/Someone else changed this release/);
    expect(onSaved).not.toHaveBeenCalled();
    await userEvent.click(
      within(banner.closest('[role="alert"]') as HTMLElement).getByRole(
        'button',
        { name: 'Reload' },
      ),
    );
    expect(await screen.findByText(/Reloaded/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Title/ })).toHaveValue(
      'Checkout express',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(patches).toEqual([
      { revision: 3, title: 'Checkout express' },
      // Only what the user changed goes out, so the other editor's version stays.
      { revision: 5, title: 'Checkout express' },
    ]);
    expect(onSaved.mock.calls[0][0].revision).toBe(6);
  });
});

describe('ReleaseFormDialog editing the scope, once', () => {
  it('applies scope changes through the components endpoints', async () => {
    const calls: string[] = [];
    server.use(
      http.post(
        `${RELEASES_BASE_URL}/releases/rel-1/components`,
        async ({ request }) => {
          const body = (await request.json()) as any;
          calls.push(`add ${body.components.join(',')} @${body.revision}`);
          return HttpResponse.json(
            aRelease({
              ...existing,
              components: [...existing.components, ...body.components],
              revision: 4,
            }),
          );
        },
      ),
    );
    const onSaved = jest.fn();
    await renderWithApis(
      <ReleaseFormDialog
        open
        release={existing}
        onClose={jest.fn()}
        onSaved={onSaved}
      />,
    );
    await pickOption(/Components/, 'cart', 'component:default/cart-service');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(calls).toEqual(['add component:default/cart-service @3']);
    expect(onSaved.mock.calls[0][0].components).toContain(
      'component:default/cart-service',
    );
  });

  it('does not let a second click send the form twice', async () => {
    let count = 0;
    server.use(
      http.patch(`${RELEASES_BASE_URL}/releases/rel-1`, async () => {
        count += 1;
        await delay(50);
        return HttpResponse.json(aRelease({ ...existing, revision: 4 }));
      }),
    );
    const onSaved = jest.fn();
    await renderWithApis(
      <ReleaseFormDialog
        open
        release={existing}
        onClose={jest.fn()}
        onSaved={onSaved}
      />,
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: /Version/ }),
      '-rc1',
    );
    const save = screen.getByRole('button', { name: 'Save' });
    await userEvent.click(save);
    expect(save).toBeDisabled();
    // Neither a second click nor Enter in a field may send it again.
    fireEvent.click(save);
    fireEvent.submit(save.closest('form')!);
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(count).toBe(1);
  });
});
