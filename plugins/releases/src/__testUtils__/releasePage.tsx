import type {
  ChecklistItem,
  Release,
} from '@releasekit/plugin-releases-common';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { SetupServer } from 'msw/node';
import { Route, Routes } from 'react-router-dom';
import { Router } from '../components/Router';
import { errorResponse, RELEASES_BASE_URL } from './apis';
import { aRelease, anActivityEntry, anItem } from './fixtures';
import { HeldRelease, releaseReadHandlers } from './releaseBackend';
import { renderWithApis, type RenderOptions } from './render';

export const CHECKOUT = 'component:default/checkout-service';
export const CART = 'component:default/cart-service';

/** A planned release of two components, with goals, a risk and items of several owners. */
export function planned(overrides: Partial<Release> = {}): Release {
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

/** Planning is refused over a freeze, starting while not ready: both unless overridden. */
function transitionRefusal(current: Release, body: any) {
  if (body.override) return undefined;
  if (body.to === 'planned') {
    return errorResponse(
      409,
      'ConflictError',
      'The window overlaps the freeze "Black Friday" for component:default/checkout-service. Move the window, or go ahead with override and a reason.',
    );
  }
  if (body.to === 'in_progress' && !current.readiness.ready) {
    return errorResponse(
      409,
      'ConflictError',
      `Not ready to start: ${current.readiness.requiredOpen} required item(s) are still open. Settle them, or start with override and a reason.`,
    );
  }
  return undefined;
}

/** A small in-memory backend for one release on its page, following the OpenAPI spec. */
export function serveRelease(server: SetupServer, initial: Release) {
  const held = new HeldRelease(initial);
  const itemPatches: { itemId: string; body: any }[] = [];
  const transitions: any[] = [];
  const deletes: string[] = [];
  server.use(
    ...releaseReadHandlers(held, {
      activity: [
        anActivityEntry({
          summary: 'Created Checkout 2.4.0 with 2 component(s)',
          actor: 'user:default/jane',
        }),
      ],
      suggestedOrder: [CART, CHECKOUT],
    }),
    http.patch(
      `${RELEASES_BASE_URL}/releases/:id/checklist/:itemId`,
      async ({ params, request }) => {
        const body = (await request.json()) as any;
        itemPatches.push({ itemId: params.itemId as string, body });
        const { checklist } = held.current;
        const item = checklist.find(i => i.id === params.itemId)!;
        const updated: ChecklistItem = { ...item, ...body };
        held.change({
          checklist: checklist.map(i => (i.id === updated.id ? updated : i)),
        });
        return HttpResponse.json(updated);
      },
    ),
    http.post(
      `${RELEASES_BASE_URL}/releases/:id/transitions`,
      async ({ request }) => {
        const body = (await request.json()) as any;
        transitions.push(body);
        const refusal = transitionRefusal(held.current, body);
        if (refusal) return refusal;
        held.change({ status: body.to });
        return HttpResponse.json(held.current);
      },
    ),
    http.delete(`${RELEASES_BASE_URL}/releases/:id`, ({ params }) => {
      deletes.push(params.id as string);
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return {
    itemPatches,
    transitions,
    deletes,
    current: () => held.current,
    /** Changes the release as another user or a pipeline would, behind the page's back. */
    changeElsewhere: (next: Partial<Release>) => held.change(next),
  };
}

/** Renders the plugin's routes at a release's page. */
export async function renderReleasePage(
  releaseId = 'rel-1',
  options: Omit<RenderOptions, 'routeEntries'> = {},
) {
  return renderWithApis(
    <Routes>
      <Route path="/releases/*" element={<Router />} />
    </Routes>,
    { ...options, routeEntries: [`/releases/${releaseId}`] },
  );
}

/** The checkbox of an item of a component, named by the item and the component. */
export function checkbox(title: string, component = 'checkout-service') {
  return screen.getByRole('checkbox', {
    name: `Done: ${title} (${component})`,
  });
}
