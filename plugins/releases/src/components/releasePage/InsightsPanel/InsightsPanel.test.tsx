import { screen, waitFor, within } from '@testing-library/react';
import type { ReleaseInsights } from '@releasekit/plugin-releases-common';
import { delay, http, HttpResponse } from 'msw';
import {
  errorResponse,
  RELEASES_BASE_URL,
  setUpMswServer,
} from '../../../__testUtils__/apis';
import { renderWithApis } from '../../../__testUtils__/render';
import { InsightsPanel } from './InsightsPanel';

const server = setUpMswServer();

beforeAll(() => {
  // jsdom lays nothing out; the dependency graph sizes its nodes with getBBox.
  Object.defineProperty(window.SVGElement.prototype, 'getBBox', {
    value: () => ({ x: 0, y: 0, width: 100, height: 40 }),
    configurable: true,
  });
});

afterAll(() => {
  delete (window.SVGElement.prototype as any).getBBox;
});

const CHECKOUT = 'component:default/checkout-service';
const CART = 'component:default/cart-service';

const insights: ReleaseInsights = {
  releaseId: 'rel-1',
  releaseStatus: 'planned',
  degraded: false,
  components: [
    {
      entityRef: CHECKOUT,
      owner: 'group:default/checkout-team',
      system: 'system:default/storefront',
      dependencies: [
        {
          entityRef: CART,
          owner: 'group:default/checkout-team',
          via: 'dependsOn',
          inRelease: true,
        },
      ],
      dependents: [
        {
          entityRef: 'component:default/mobile-app',
          owner: 'group:default/mobile-team',
          via: 'api:default/checkout-api',
          inRelease: false,
        },
      ],
    },
    {
      entityRef: CART,
      owner: 'group:default/checkout-team',
      system: null,
      dependencies: [],
      dependents: [
        {
          entityRef: CHECKOUT,
          owner: 'group:default/checkout-team',
          via: 'dependsOn',
          inRelease: true,
        },
      ],
    },
  ],
  suggestedOrder: [CART, CHECKOUT],
  cycles: [],
  warnings: [
    {
      kind: 'uninformed_dependents',
      message: 'mobile-app depends on checkout-service and is not told',
      entityRefs: ['group:default/mobile-team', 'component:default/mobile-app'],
      team: 'group:default/mobile-team',
      dependents: ['component:default/mobile-app'],
    },
  ],
  conflicts: [
    {
      kind: 'same_component',
      message: 'Payments 5.2 also ships checkout-service in this window',
      releaseIds: ['rel-1', 'rel-2'],
      entityRefs: [CHECKOUT],
      overlap: {
        start: '2030-05-04T09:00:00.000Z',
        end: '2030-05-04T13:00:00.000Z',
      },
      releases: [
        {
          id: 'rel-2',
          title: 'Payments',
          version: '5.2',
          status: 'planned',
          windowStart: '2030-05-04T08:00:00.000Z',
          windowEnd: '2030-05-04T14:00:00.000Z',
        },
      ],
    },
  ],
};

describe('InsightsPanel with insights', () => {
  it('shows the order, conflicts, warnings and the dependents outside the release', async () => {
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases/rel-1/insights`, () =>
        HttpResponse.json(insights),
      ),
    );
    await renderWithApis(<InsightsPanel releaseId="rel-1" />);
    const region = await screen.findByRole('region', {
      name: 'Release insights',
    });
    // Sentences of the card's own, from the answer's fields; no ref string, no ISO time.
    expect(region).toHaveTextContent(
      'This release ships checkout-service while Payments 5.2 does too:',
    );
    expect(region).toHaveTextContent(
      'mobile-team owns mobile-app, which depends on this release, and is not a stakeholder: tell them.',
    );
    expect(region.textContent).not.toMatch(/(component|group|api):default\//);
    expect(region.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
    const order = screen.getByRole('list', { name: 'Suggested order' });
    expect(
      within(order)
        .getAllByRole('listitem')
        .map(li => li.textContent),
    ).toEqual(['1. cart-service', '2. checkout-service']);
    const toTell = screen.getByRole('list', {
      name: 'Dependents outside the release',
    });
    // Checkout depending on cart is inside the release, so only the mobile app is listed.
    expect(within(toTell).getAllByRole('listitem')).toHaveLength(1);
    expect(toTell).toHaveTextContent(
      'mobile-app depends on checkout-service through checkout-api',
    );
    expect(toTell).toHaveTextContent('mobile-team');

    const graph = await screen.findByRole('group', {
      name: 'Dependency graph',
    });
    await waitFor(() =>
      expect(
        within(graph)
          .getAllByRole('link')
          .map(link => link.getAttribute('aria-label')),
      ).toEqual([
        'cart-service checkout-team, in this release',
        'checkout-service checkout-team, in this release',
        'mobile-app mobile-team, outside this release',
      ]),
    );
    expect(
      within(graph)
        .getAllByTestId('label')
        .map(label => label.textContent),
    ).toEqual(['checkout-api']);
  });

  it.each([
    [
      'the catalog could not be read',
      {
        degraded: true,
        message: 'The catalog did not answer; dependencies are unknown.',
      },
    ],
    [
      'no component has a dependency or dependent',
      {
        components: insights.components.map(c => ({
          ...c,
          dependencies: [],
          dependents: [],
        })),
      },
    ],
  ])('draws no dependency graph when %s', async (_, change) => {
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases/rel-1/insights`, () =>
        HttpResponse.json({ ...insights, ...change }),
      ),
    );
    await renderWithApis(<InsightsPanel releaseId="rel-1" />);
    // The rest of the panel is there, with the order.
    expect(
      await screen.findByRole('list', { name: 'Suggested order' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Dependency graph')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('group', { name: 'Dependency graph', hidden: true }),
    ).not.toBeInTheDocument();
  });
});

describe('InsightsPanel loading, degraded or failing', () => {
  it('shows progress while loading', async () => {
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases/rel-1/insights`, async () => {
        await delay('infinite');
        return HttpResponse.json(insights);
      }),
    );
    await renderWithApis(<InsightsPanel releaseId="rel-1" />);
    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });

  it('says when the catalog could not be read', async () => {
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases/rel-1/insights`, () =>
        HttpResponse.json({
          ...insights,
          degraded: true,
          message: 'The catalog did not answer; dependencies are unknown.',
          components: [],
          warnings: [],
          conflicts: [],
        }),
      ),
    );
    await renderWithApis(<InsightsPanel releaseId="rel-1" />);
    // The card says it in its own words; the answer's message is for older clients.
    expect(
      await screen.findByText(/The software catalog could not be read/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Nothing outside the release depends on its components.',
      ),
    ).toBeInTheDocument();
  });

  it('shows the error the API answered with', async () => {
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases/rel-1/insights`, () =>
        errorResponse(404, 'NotFoundError', 'No release with id rel-1'),
      ),
    );
    await renderWithApis(<InsightsPanel releaseId="rel-1" />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No release with id rel-1',
    );
  });
});
