import type { ReleaseSummary } from '@releasekit/plugin-releases-common';
import {
  entityName,
  markdownToText,
  toReleaseDocument,
  windowText,
} from './releaseDocument';

const summary: ReleaseSummary = {
  id: 'rel-1',
  title: 'Checkout',
  version: '2.4.0',
  status: 'in_progress',
  owner: 'group:default/checkout-team',
  windowStart: '2026-12-01T09:00:00.000Z',
  windowEnd: '2026-12-01T13:00:00.000Z',
  components: [
    'component:default/checkout-service',
    'component:payments/ledger',
  ],
  templateId: 'default',
  revision: 3,
  readiness: {
    total: 4,
    settled: 2,
    requiredOpen: 1,
    percent: 50,
    ready: false,
  },
  risk: null,
  description:
    '## Goals\n\nShip the **new cart** (see [the RFC](https://x.test/rfc)).',
  createdAt: '2026-11-01T09:00:00.000Z',
  createdBy: 'user:default/olive',
  updatedAt: '2026-11-02T09:00:00.000Z',
  updatedBy: 'user:default/olive',
};

describe('toReleaseDocument', () => {
  it('indexes the title, the description then the facts as text, the shown fields and the id as resource ref', () => {
    expect(toReleaseDocument(summary)).toEqual({
      title: 'Checkout',
      text:
        'Goals\n\nShip the new cart (see the RFC).\n\n' +
        'Version 2.4.0, In progress. Window 2026-12-01 09:00 – 13:00 UTC. ' +
        'Components: checkout-service, payments/ledger. Owner: checkout-team.',
      location: '/releases/rel-1',
      version: '2.4.0',
      status: 'in_progress',
      windowStart: '2026-12-01T09:00:00.000Z',
      windowEnd: '2026-12-01T13:00:00.000Z',
      owner: 'group:default/checkout-team',
      components: [
        'component:default/checkout-service',
        'component:payments/ledger',
      ],
      authorization: { resourceRef: 'rel-1' },
    });
  });

  it('puts the id into the configured location, escaped, and has only the facts without a description', () => {
    const doc = toReleaseDocument(
      { ...summary, id: 'a b', description: undefined, components: [] },
      '/portal/releases/:releaseId/overview',
    );
    expect(doc.location).toBe('/portal/releases/a%20b/overview');
    expect(doc.text).toBe(
      'Version 2.4.0, In progress. Window 2026-12-01 09:00 – 13:00 UTC. Owner: checkout-team.',
    );
    expect(doc.authorization).toEqual({ resourceRef: 'a b' });
  });
});

describe('markdownToText', () => {
  it('keeps the words of headings, lists, quotes, emphasis, code and links, not their marks or targets', () => {
    expect(
      markdownToText(
        [
          '# Plan',
          '',
          '- roll out _gradually_ behind `cart_v2`',
          '1. tell ~~sales~~ support',
          '> __Note__: see ![diagram](d.png) and [runbook](https://r.test/x)',
          '```sh',
          'deploy --all',
          '```',
          '',
          '',
          '',
          'keep feature_flag_x',
        ].join('\n'),
      ),
    ).toBe(
      [
        'Plan',
        '',
        'roll out gradually behind cart_v2',
        'tell sales support',
        'Note: see diagram and runbook',
        'deploy --all',
        '',
        'keep feature_flag_x',
      ].join('\n'),
    );
  });
});

describe('windowText and entityName', () => {
  it('names both dates of a window across midnight (UTC), from any offset', () => {
    expect(
      windowText('2026-12-01T22:00:00+00:00', '2026-12-02T03:30:00+01:00'),
    ).toBe('2026-12-01 22:00 – 2026-12-02 02:30 UTC');
  });

  it('names entities without their kind and default namespace', () => {
    expect(entityName('group:default/checkout-team')).toBe('checkout-team');
    expect(entityName('user:ops/olive')).toBe('ops/olive');
    expect(entityName('not a ref')).toBe('not a ref');
  });
});
