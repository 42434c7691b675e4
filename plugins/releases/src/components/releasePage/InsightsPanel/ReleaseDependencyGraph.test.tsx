import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApis } from '../../../__testUtils__/render';
import type {
  ReleaseGraphEdge,
  ReleaseGraphNode,
} from './buildReleaseDependencyGraph';
import { ReleaseDependencyGraph } from './ReleaseDependencyGraph';

const CHECKOUT = 'component:default/checkout-service';
const CART = 'component:default/cart-service';
const PAYMENTS = 'component:default/payments-service';
const MOBILE = 'component:default/mobile-app';

// Cart and payments depend on each other; checkout on cart; the mobile app, outside, on checkout's API.
const nodes: ReleaseGraphNode[] = [
  {
    id: CART,
    name: 'cart-service',
    owner: 'checkout-team',
    inRelease: true,
    inCycle: true,
  },
  {
    id: PAYMENTS,
    name: 'payments-service',
    owner: 'payments-team',
    inRelease: true,
    inCycle: true,
  },
  {
    id: CHECKOUT,
    name: 'checkout-service',
    owner: 'checkout-team',
    inRelease: true,
    inCycle: false,
  },
  {
    id: MOBILE,
    name: 'mobile-app',
    owner: null,
    inRelease: false,
    inCycle: false,
  },
];
const edges: ReleaseGraphEdge[] = [
  { from: CART, to: PAYMENTS, apiRefs: [] },
  { from: PAYMENTS, to: CART, apiRefs: [] },
  { from: CHECKOUT, to: CART, apiRefs: [] },
  {
    from: MOBILE,
    to: CHECKOUT,
    apiRefs: ['api:default/checkout-api'],
    label: 'checkout-api',
  },
];

/** The graph's group element (`<g data-testid="node">`) around an entity's link, where dagre placed it. */
function xOf(link: HTMLElement) {
  const transform = link
    .closest('[data-testid="node"]')
    ?.getAttribute('transform');
  const match = /translate\(([-\d.]+),/.exec(transform ?? '');
  if (!match) throw new Error(`No position on ${transform}`);
  return Number(match[1]);
}

async function renderGraph() {
  const rendered = await renderWithApis(
    <ReleaseDependencyGraph nodes={nodes} edges={edges} />,
  );
  // Links are found once the graph has laid itself out and made itself visible.
  await screen.findByRole('link', { name: /^cart-service / });
  // The graph drops its no-transition style last; waiting for it keeps later updates inside the test.
  await waitFor(() =>
    expect(rendered.container.querySelector('svg > style')).toBeNull(),
  );
  return rendered;
}

describe('ReleaseDependencyGraph', () => {
  beforeAll(() => {
    // jsdom lays nothing out; the graph sizes its nodes with getBBox, as in the catalog graph's own tests.
    Object.defineProperty(window.SVGElement.prototype, 'getBBox', {
      value: () => ({ x: 0, y: 0, width: 100, height: 40 }),
      configurable: true,
    });
  });

  afterAll(() => {
    delete (window.SVGElement.prototype as any).getBBox;
  });

  it('draws every entity as a link to its catalog page, with its name, owner and whether it is in the release', async () => {
    await renderGraph();
    const graph = screen.getByRole('group', { name: 'Dependency graph' });
    const links = within(graph).getAllByRole('link');

    expect(
      links.map(link => [
        link.getAttribute('aria-label'),
        link.getAttribute('href'),
      ]),
    ).toEqual([
      [
        'cart-service checkout-team in a cycle, in this release',
        '/catalog/default/component/cart-service',
      ],
      [
        'payments-service payments-team in a cycle, in this release',
        '/catalog/default/component/payments-service',
      ],
      [
        'checkout-service checkout-team, in this release',
        '/catalog/default/component/checkout-service',
      ],
      [
        'mobile-app no owner, outside this release',
        '/catalog/default/component/mobile-app',
      ],
    ]);
    // What is drawn inside each box.
    expect(
      links.map(link => link.querySelector('g')?.textContent?.trim()),
    ).toEqual([
      'cart-service checkout-team in a cycle',
      'payments-service payments-team in a cycle',
      'checkout-service checkout-team',
      'mobile-app no owner',
    ]);
  });

  it('highlights the release components and marks those in a cycle', async () => {
    await renderGraph();
    const box = (name: string) =>
      screen
        .getByRole('link', { name: new RegExp(`^${name} `) })
        .querySelector('rect')!;
    const nameText = (name: string) => screen.getByText(name);

    const cart = getComputedStyle(box('cart-service'));
    const checkout = getComputedStyle(box('checkout-service'));
    const mobile = getComputedStyle(box('mobile-app'));
    expect(cart.strokeDasharray).toBe('6 3');
    expect(checkout.strokeDasharray).not.toBe('6 3');
    expect(mobile.strokeDasharray).not.toBe('6 3');
    expect(cart.stroke).not.toBe(checkout.stroke);
    // Release components share a fill the muted neighbour does not have.
    expect(checkout.fill).toBe(cart.fill);
    expect(mobile.fill).not.toBe(checkout.fill);
    expect(getComputedStyle(nameText('checkout-service')).fontWeight).toBe(
      '700',
    );
    expect(getComputedStyle(nameText('mobile-app')).fontWeight).not.toBe('700');
  });

  it('labels an edge with the API it runs through and leaves plain dependsOn edges unlabelled', async () => {
    await renderGraph();

    expect(screen.getAllByTestId('edge')).toHaveLength(4);
    expect(
      screen.getAllByTestId('label').map(label => label.textContent),
    ).toEqual(['checkout-api']);
  });

  it('lays dependencies out left of what depends on them', async () => {
    await renderGraph();
    const x = (name: string) =>
      xOf(screen.getByRole('link', { name: new RegExp(`^${name} `) }));

    expect(x('cart-service')).toBeLessThan(x('checkout-service'));
    expect(x('checkout-service')).toBeLessThan(x('mobile-app'));
  });

  it('lets keyboard users reach every entity in turn', async () => {
    await renderGraph();
    const focused: (string | null)[] = [];
    for (let i = 0; i < 5; i++) {
      await userEvent.tab();
      focused.push(
        document.activeElement?.getAttribute('aria-label') ??
          document.activeElement?.tagName ??
          null,
      );
    }

    expect(focused.map(label => label?.split(' ')[0])).toEqual([
      // The graph's own fullscreen toggle comes first.
      'BUTTON',
      'cart-service',
      'payments-service',
      'checkout-service',
      'mobile-app',
    ]);
  });
});
