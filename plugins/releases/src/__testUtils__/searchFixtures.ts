import type { SearchResult } from '@backstage/plugin-search-common';
import type { ReleaseSearchDocument } from '@releasekit/plugin-releases-common';

/** A release as the Releases search collator indexes it. */
export const releaseDocument: ReleaseSearchDocument = {
  title: 'Checkout',
  text: 'Ship the new basket.\n\nVersion 2.4.0, Planned.',
  location: '/releases/rel-1',
  version: '2.4.0',
  status: 'planned',
  windowStart: '2099-05-04T09:00:00.000Z',
  windowEnd: '2099-05-04T13:00:00.000Z',
  owner: 'group:default/checkout-team',
  components: [
    'component:default/checkout-service',
    'component:default/cart-service',
  ],
};

const PRE = '<hl>';
const POST = '</hl>';

/** The release as search answers it for the term "basket": highlighted where found. */
export const releaseResult: SearchResult = {
  type: 'release',
  document: releaseDocument,
  rank: 1,
  highlight: {
    preTag: PRE,
    postTag: POST,
    fields: { text: `Ship the new ${PRE}basket${POST}.` },
  },
};

/** A result of another plugin's collator. */
export const catalogResult: SearchResult = {
  type: 'software-catalog',
  document: {
    title: 'cart-service',
    text: 'The cart',
    location: '/catalog/default/component/cart-service',
  },
  rank: 2,
};
