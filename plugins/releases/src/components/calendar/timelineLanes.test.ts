import { aRelease, summaryOf } from '../../__testUtils__/fixtures';
import type { CalendarRelease } from './calendarReleases';
import { timelineLanes } from './timelineLanes';

const item = (
  id: string,
  owner: string,
  components: string[],
): CalendarRelease => ({
  release: summaryOf(aRelease({ id, owner, components })),
  conflicts: [],
});

const checkout = item('rel-1', 'group:default/checkout-team', [
  'component:default/checkout-service',
  'component:default/payments-api',
]);
const cart = item('rel-2', 'Group:default/Web-Team', [
  'component:default/cart-service',
]);
const search = item('rel-3', 'user:default/jane', ['component:default/search']);

describe('timelineLanes', () => {
  it('puts each release in its owner’s lane, sorted by name, whatever the ref’s casing', () => {
    const { lanes, placements } = timelineLanes(
      [cart, checkout, search],
      'team',
    );
    expect(lanes).toEqual([
      { id: 'group:default/checkout-team', label: 'checkout-team' },
      { id: 'user:default/jane', label: 'user:jane' },
      { id: 'group:default/web-team', label: 'web-team' },
    ]);
    expect(placements.map(p => [p.laneId, p.item.release.id])).toEqual([
      ['group:default/web-team', 'rel-2'],
      ['group:default/checkout-team', 'rel-1'],
      ['user:default/jane', 'rel-3'],
    ]);
  });

  it('puts a release in the lane of every system its components belong to, and the rest last', () => {
    const systems = new Map([
      ['component:default/checkout-service', 'system:default/storefront'],
      ['component:default/payments-api', 'system:default/payments'],
      ['component:default/search', 'system:default/storefront'],
    ]);
    const { lanes, placements } = timelineLanes(
      [checkout, cart, search],
      'system',
      systems,
    );
    expect(lanes.map(lane => lane.label)).toEqual([
      'payments',
      'storefront',
      'No system',
    ]);
    expect(placements.map(p => [p.laneId, p.item.release.id])).toEqual([
      ['system:default/storefront', 'rel-1'],
      ['system:default/payments', 'rel-1'],
      ['(no system)', 'rel-2'],
      ['system:default/storefront', 'rel-3'],
    ]);
  });
});
