import { registerMswTestHooks } from '@backstage/test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type {
  ChecklistItem,
  Release,
} from '@releasekit/plugin-releases-common';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { Route, Routes } from 'react-router-dom';
import { errorResponse, RELEASES_BASE_URL } from '../../../__testUtils__/apis';
import {
  aRelease,
  anActivityEntry,
  anItem,
} from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { Router } from '../../Router';

const server = setupServer();
registerMswTestHooks(server);

const CHECKOUT = 'component:default/checkout-service';
const CART = 'component:default/cart-service';

function planned(overrides: Partial<Release> = {}): Release {
  return aRelease({
    id: 'rel-1',
    title: 'Checkout',
    version: '2.4.0',
    status: 'planned',
    owner: 'group:default/checkout-team',
    stakeholders: ['group:default/web-team'],
    components: [CHECKOUT, CART],
    description:
      '## Goals\n- One-page checkout\n\n<script>window.pwned = true</script>',
    risks: [
      {
        title: 'Acquirer latency under peak load',
        likelihood: 'medium',
        impact: 'high',
        mitigation: 'Keep the old acquirer behind a flag',
      },
    ],
    checklist: [
      anItem({
        id: 'go',
        componentRef: null,
        title: 'Go decision recorded',
        category: 'execution',
        assignee: 'group:default/checkout-team',
      }),
      anItem({
        id: 'tests',
        componentRef: CHECKOUT,
        title: 'Tests pass',
        assignee: 'group:default/checkout-team',
      }),
      anItem({
        id: 'dashboards',
        componentRef: CHECKOUT,
        title: 'Dashboards ready',
        assignee: 'group:default/sre-team',
      }),
      anItem({
        id: 'cart-tests',
        componentRef: CART,
        title: 'Cart tests pass',
        assignee: 'group:default/cart-team',
        state: 'done',
      }),
    ],
    ...overrides,
  });
}

/** A small in-memory backend for one release, following the OpenAPI spec. */
function serveRelease(initial: Release) {
  let current = initial;
  const itemPatches: { itemId: string; body: any }[] = [];
  const transitions: any[] = [];
  const deletes: string[] = [];
  server.use(
    http.get(`${RELEASES_BASE_URL}/releases/:id`, ({ params }) =>
      params.id === current.id
        ? HttpResponse.json(current)
        : errorResponse(
            404,
            'NotFoundError',
            `No release with id ${params.id}`,
          ),
    ),
    http.get(`${RELEASES_BASE_URL}/releases/:id/activity`, () =>
      HttpResponse.json({
        items: [
          anActivityEntry({
            summary: 'Created Checkout 2.4.0 with 2 component(s)',
            actor: 'user:default/jane',
          }),
        ],
      }),
    ),
    http.get(`${RELEASES_BASE_URL}/releases/:id/insights`, () =>
      HttpResponse.json({
        releaseId: current.id,
        degraded: false,
        components: [],
        suggestedOrder: [CART, CHECKOUT],
        cycles: [],
        warnings: [],
        conflicts: [],
      }),
    ),
    http.patch(
      `${RELEASES_BASE_URL}/releases/:id/checklist/:itemId`,
      async ({ params, request }) => {
        const body = (await request.json()) as any;
        itemPatches.push({ itemId: params.itemId as string, body });
        const item = current.checklist.find(i => i.id === params.itemId)!;
        const updated: ChecklistItem = { ...item, ...body };
        current = aRelease({
          ...current,
          revision: current.revision + 1,
          checklist: current.checklist.map(i =>
            i.id === updated.id ? updated : i,
          ),
        });
        return HttpResponse.json(updated);
      },
    ),
    http.post(
      `${RELEASES_BASE_URL}/releases/:id/transitions`,
      async ({ request }) => {
        const body = (await request.json()) as any;
        transitions.push(body);
        if (body.to === 'planned' && !body.override) {
          return errorResponse(
            409,
            'ConflictError',
            'The window overlaps the freeze "Black Friday" for component:default/checkout-service. Move the window, or go ahead with override and a reason.',
          );
        }
        if (
          body.to === 'in_progress' &&
          !current.readiness.ready &&
          !body.override
        ) {
          return errorResponse(
            409,
            'ConflictError',
            `Not ready to start: ${current.readiness.requiredOpen} required item(s) are still open. Settle them, or start with override and a reason.`,
          );
        }
        current = aRelease({
          ...current,
          status: body.to,
          revision: current.revision + 1,
        });
        return HttpResponse.json(current);
      },
    ),
    http.delete(`${RELEASES_BASE_URL}/releases/:id`, ({ params }) => {
      deletes.push(params.id as string);
      return new HttpResponse(null, { status: 204 });
    }),
    http.get(`${RELEASES_BASE_URL}/releases`, () =>
      HttpResponse.json({ items: [] }),
    ),
  );
  return { itemPatches, transitions, deletes, current: () => current };
}

async function renderPage(releaseId = 'rel-1') {
  return renderWithApis(
    <Routes>
      <Route path="/releases/*" element={<Router />} />
    </Routes>,
    { routeEntries: [`/releases/${releaseId}`] },
  );
}

/** The checkbox of an item of a component, named by the item and the component. */
function checkbox(title: string, component = 'checkout-service') {
  return screen.getByRole('checkbox', {
    name: `Done: ${title} (${component})`,
  });
}

describe('ReleaseDetailsPage', () => {
  it('shows progress while the release loads', async () => {
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases/:id`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    await renderPage();
    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });

  it('shows why the release cannot be shown', async () => {
    serveRelease(planned());
    await renderPage('rel-missing');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No release with id rel-missing',
    );
  });

  it('shows the plan: header, goals rendered safely, risks, a checklist per component, readiness and activity', async () => {
    serveRelease(planned());
    const { container } = await renderPage();

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

  it('ticks an item at once, holds it while the request is in flight, and keeps it when the server agrees', async () => {
    const backend = serveRelease(planned());
    let respond: (() => void) | undefined;
    server.use(
      http.patch(
        `${RELEASES_BASE_URL}/releases/:id/checklist/:itemId`,
        async () => {
          await new Promise<void>(resolve => {
            respond = resolve;
          });
          return undefined; // fall through to the in-memory backend
        },
      ),
    );
    await renderPage();
    await screen.findByText('Tests pass');

    await userEvent.click(checkbox('Tests pass'));
    // Optimistic: ticked before the server answered, and not clickable again meanwhile.
    expect(checkbox('Tests pass')).toBeChecked();
    expect(checkbox('Tests pass')).toBeDisabled();
    expect(
      screen.getByText('Not ready: 2 required items open.'),
    ).toBeInTheDocument();
    fireEvent.click(checkbox('Tests pass'));

    // The request may still be on its way to the server on a busy machine.
    await waitFor(() => expect(respond).toBeDefined());
    respond!();
    await waitFor(() => expect(checkbox('Tests pass')).toBeEnabled());
    expect(checkbox('Tests pass')).toBeChecked();
    expect(backend.itemPatches).toEqual([
      { itemId: 'tests', body: { state: 'done' } },
    ]);
  });

  it('rolls a tick back and says why when the server refuses it', async () => {
    const backend = serveRelease(planned());
    server.use(
      http.patch(`${RELEASES_BASE_URL}/releases/:id/checklist/:itemId`, () =>
        errorResponse(
          403,
          'NotAllowedError',
          'Only the assignee or the release owner can settle this item',
        ),
      ),
    );
    const { alertApi } = await renderPage();
    await screen.findByText('Tests pass');

    await userEvent.click(checkbox('Tests pass'));
    await waitFor(() => expect(checkbox('Tests pass')).not.toBeChecked());
    await waitFor(() => expect(checkbox('Tests pass')).toBeEnabled());
    expect(alertApi.getAlerts()).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringContaining(
          'Only the assignee or the release owner can settle this item',
        ),
      }),
    ]);
    expect(
      screen.getByText('Not ready: 3 required items open.'),
    ).toBeInTheDocument();
    expect(backend.itemPatches).toEqual([]);
  });

  it('marks an item not applicable only with a note', async () => {
    const backend = serveRelease(planned());
    await renderPage();
    await screen.findByText('Dashboards ready');

    await userEvent.click(
      screen.getByRole('button', { name: 'Not applicable: Dashboards ready' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Mark not applicable' }),
    );
    expect(within(dialog).getByText('A note is required')).toBeInTheDocument();
    expect(backend.itemPatches).toEqual([]);

    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /Why it does not apply/ }),
      { target: { value: 'No new metrics in this change' } },
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Mark not applicable' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.itemPatches).toEqual([
      {
        itemId: 'dashboards',
        body: {
          state: 'not_applicable',
          note: 'No new metrics in this change',
        },
      },
    ]);
    const checkout = screen.getByRole('list', {
      name: `Checklist of ${CHECKOUT}`,
    });
    expect(
      within(checkout).getByText(/No new metrics in this change/),
    ).toBeInTheDocument();
    expect(within(checkout).getByText('Not applicable')).toBeInTheDocument();
  });

  it('keeps the not-applicable dialog open with the server’s message when it refuses', async () => {
    serveRelease(planned());
    server.use(
      http.patch(`${RELEASES_BASE_URL}/releases/:id/checklist/:itemId`, () =>
        errorResponse(
          409,
          'ConflictError',
          'This release is released and can no longer be changed',
        ),
      ),
    );
    await renderPage();
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Not applicable: Dashboards ready',
      }),
    );
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /Why it does not apply/ }),
      { target: { value: 'Not needed' } },
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Mark not applicable' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This release is released and can no longer be changed',
    );
    // The page behind the modal dialog is hidden from the accessibility tree.
    expect(
      screen.getByRole('checkbox', {
        name: 'Done: Dashboards ready (checkout-service)',
        hidden: true,
      }),
    ).not.toBeChecked();
  });

  it('attaches an http(s) evidence link and refuses anything else', async () => {
    const backend = serveRelease(planned());
    await renderPage();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Evidence link: Tests pass' }),
    );
    const dialog = await screen.findByRole('dialog');
    const input = within(dialog).getByRole('textbox', {
      name: /Evidence link/,
    });
    // A script URL, spelled out so that linters do not take it for one.
    fireEvent.change(input, {
      target: { value: ['javascript', 'alert(1)'].join(':') },
    });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Save link' }),
    );
    expect(
      within(dialog).getByText('Enter an http:// or https:// link'),
    ).toBeInTheDocument();
    expect(backend.itemPatches).toEqual([]);

    fireEvent.change(input, {
      target: { value: 'https://ci.example.com/runs/42' },
    });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Save link' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.itemPatches).toEqual([
      {
        itemId: 'tests',
        body: { evidenceUrl: 'https://ci.example.com/runs/42' },
      },
    ]);
    expect(screen.getByRole('link', { name: 'Evidence' })).toHaveAttribute(
      'href',
      'https://ci.example.com/runs/42',
    );
  });

  it('filters the checklist to the viewer’s items (assigned to them or their groups)', async () => {
    serveRelease(planned());
    await renderPage();
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

  it('confirms a start, and when the API says it is not ready starts anyway only with a reason', async () => {
    const backend = serveRelease(planned());
    await renderPage();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Start release' }),
    );
    let dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(
      '3 required checklist items are still open',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Start release' }),
    );

    dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Not ready to start: 3 required item(s) are still open',
    );
    const startAnyway = within(dialog).getByRole('button', {
      name: 'Start anyway',
    });
    expect(startAnyway).toBeDisabled();
    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /Why start anyway/ }),
      { target: { value: 'Hotfix for the checkout outage' } },
    );
    await userEvent.click(startAnyway);

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.transitions).toEqual([
      { to: 'in_progress' },
      {
        to: 'in_progress',
        reason: 'Hotfix for the checkout outage',
        override: true,
      },
    ]);
    expect(
      within(screen.getByRole('banner')).getByText('In progress'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Mark released' }),
    ).toBeInTheDocument();
  });

  it('plans a release whose window is frozen only with a reason', async () => {
    const backend = serveRelease(planned({ status: 'draft' }));
    await renderPage();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Mark planned' }),
    );
    let dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Mark planned' }),
    );
    dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'overlaps the freeze "Black Friday"',
    );
    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /Why plan anyway/ }),
      { target: { value: 'Agreed with the freeze owner' } },
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Plan anyway' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.transitions).toEqual([
      { to: 'planned' },
      { to: 'planned', reason: 'Agreed with the freeze owner', override: true },
    ]);
    expect(
      within(screen.getByRole('banner')).getByText('Planned'),
    ).toBeInTheDocument();
  });

  it('does not offer an override when a start is refused for another reason', async () => {
    serveRelease(planned());
    server.use(
      http.post(`${RELEASES_BASE_URL}/releases/:id/transitions`, () =>
        errorResponse(
          409,
          'ConflictError',
          'Release rel-1 was changed by someone else: you sent revision 3, it is now at revision 5. Reload it and apply your change again.',
        ),
      ),
    );
    await renderPage();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Cancel release' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Cancel release' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'was changed by someone else',
    );
    expect(within(dialog).queryByRole('button', { name: /anyway/ })).toBeNull();
  });

  it('deletes a draft after confirmation and goes back to the releases list', async () => {
    const backend = serveRelease(planned({ status: 'draft' }));
    await renderPage();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Delete draft' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Delete draft' }),
    );
    expect(
      await screen.findByText('No releases planned yet'),
    ).toBeInTheDocument();
    expect(backend.deletes).toEqual(['rel-1']);
  });

  it('offers no delete for releases past draft and no changes to closed ones', async () => {
    serveRelease(planned({ status: 'released' }));
    await renderPage();
    await screen.findByText('Tests pass');
    expect(screen.queryByRole('button', { name: 'Delete draft' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(checkbox('Tests pass')).toBeDisabled();
    expect(
      screen.queryByRole('button', { name: /Not applicable:/ }),
    ).toBeNull();
  });
});
