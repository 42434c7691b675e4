import { graphCatalog } from './graphCatalog';
import { type Api, createRelease } from './releaseRequests';

/** Two teams, three components in two systems, and a portal address for the feeds' links. */
export const calendarEntities = graphCatalog({
  cart: { owner: 'checkout-team', system: 'shop' },
  web: { owner: 'checkout-team', system: 'shop' },
  ledger: { owner: 'payments-team', system: 'money' },
});
export const calendarConfig = {
  app: { baseUrl: 'https://portal.example.com' },
};

/** Plans a release of one component in a window, owned by the checkout team unless said. */
export function windowRelease(
  api: Api,
  title: string,
  component: string,
  windowStart: string,
  windowEnd: string,
  owner = 'group:default/checkout-team',
) {
  return createRelease(api, {
    title,
    version: '1.0',
    windowStart,
    windowEnd,
    owner,
    components: [`component:default/${component}`],
  });
}
