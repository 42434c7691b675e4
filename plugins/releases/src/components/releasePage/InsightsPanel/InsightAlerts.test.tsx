import type { Entity } from '@backstage/catalog-model';
import { TestApiProvider } from '@backstage/test-utils';
import {
  defaultEntityPresentation,
  entityPresentationApiRef,
  type EntityPresentationApi,
} from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import type {
  Conflict,
  InsightRelease,
  InsightWarning,
  ReleaseInsights,
  ReleaseStatus,
} from '@releasekit/plugin-releases-common';
import { renderWithApis } from '../../../__testUtils__/render';
import { InsightAlerts } from './InsightAlerts';

const component = (name: string, title: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default', title },
  spec: { type: 'service', lifecycle: 'production', owner: 'checkout-team' },
});
const group = (name: string, title: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default', title },
  spec: { type: 'team', children: [] },
});
const entities = [
  component('checkout-service', 'Checkout Service'),
  component('cart-service', 'Cart Service'),
  component('session-lib', 'Session Library'),
  component('auth-service', 'Auth Service'),
  group('identity-team', 'Identity Team'),
  group('mobile-team', 'Mobile Team'),
];

/** The catalog's own presentation of the entities above, by title, as the app's presentation API gives it. */
const presentation: EntityPresentationApi = {
  forEntity(ref, context) {
    const entity = entities.find(
      e =>
        typeof ref === 'string' &&
        ref === `${e.kind.toLowerCase()}:default/${e.metadata.name}`,
    );
    const snapshot = defaultEntityPresentation(entity ?? ref, context);
    return { snapshot, promise: Promise.resolve(snapshot) };
  },
};

const identity: InsightRelease = {
  id: 'rel-9',
  title: 'Identity session hardening',
  version: '3.1.0',
  status: 'planned',
  windowStart: '2030-05-08T09:00:00.000Z',
  windowEnd: '2030-05-08T14:00:00.000Z',
};

const orderingRisk: InsightWarning = {
  kind: 'ordering_risk',
  message: 'old sentence',
  entityRefs: [],
  releaseIds: [identity.id],
  cause: 'ends_after_start',
  dependencies: [
    'component:default/session-lib',
    'component:default/auth-service',
  ],
  dependents: ['component:default/checkout-service'],
  releases: [identity],
};

const sameComponent: Conflict = {
  kind: 'same_component',
  message: 'old sentence',
  releaseIds: ['rel-1', identity.id],
  entityRefs: ['component:default/cart-service'],
  overlap: {
    start: '2030-05-04T10:00:00.000Z',
    end: '2030-05-04T12:00:00.000Z',
  },
  releases: [identity],
};

function insightsOf(
  releaseStatus: ReleaseStatus,
  change: Partial<ReleaseInsights> = {},
): ReleaseInsights {
  return {
    releaseId: 'rel-1',
    releaseStatus,
    degraded: false,
    components: [],
    suggestedOrder: [],
    cycles: [],
    warnings: [orderingRisk],
    conflicts: [sameComponent],
    ...change,
  };
}

async function renderAlerts(insights: ReleaseInsights) {
  await renderWithApis(
    <TestApiProvider apis={[[entityPresentationApiRef, presentation]]}>
      <div data-testid="alerts">
        <InsightAlerts insights={insights} />
      </div>
    </TestApiProvider>,
  );
  return screen.getByTestId('alerts');
}

const ENTITY_REF = /\b(component|group|api|system|user):[\w-]+\/[\w-]+/;
const ISO_TIME = /\d{4}-\d{2}-\d{2}T\d{2}:/;

describe('InsightAlerts: words', () => {
  it('speaks of entities by catalog title and of times in the viewer’s locale, never as refs or ISO strings', async () => {
    const alerts = await renderAlerts(insightsOf('planned'));
    const text = alerts.textContent ?? '';
    expect(text).not.toMatch(ENTITY_REF);
    expect(text).not.toMatch(ISO_TIME);
    expect(text).toContain('1 conflict and 1 warning.');
    expect(text).toContain(
      'Checkout Service depends on Session Library and Auth Service, which Identity session hardening 3.1.0 releases until',
    );
    expect(text).toMatch(/after this release starts\.$/);
    expect(text).toContain(
      'This release ships Cart Service while Identity session hardening 3.1.0 does too',
    );
    expect(text).toMatch(/\(starts in \d+ years?\)/);
    expect(
      screen.getByRole('link', { name: 'Session Library' }),
    ).toHaveAttribute('href', '/catalog/default/component/session-lib');
    expect(
      screen.getAllByRole('link', {
        name: 'Identity session hardening 3.1.0',
      })[0],
    ).toHaveAttribute('href', '/releases/rel-9');
    // The machine-readable times are still there, for the browser, not in the text.
    expect(alerts.querySelector('time')).toHaveAttribute(
      'datetime',
      '2030-05-04T10:00:00.000Z',
    );
  });

  it('agrees the verb and the counts with how many there are', async () => {
    const alerts = await renderAlerts(
      insightsOf('planned', {
        conflicts: [
          sameComponent,
          {
            ...sameComponent,
            kind: 'owner_overlap',
            entityRefs: ['group:default/identity-team'],
          },
        ],
        warnings: [
          {
            ...orderingRisk,
            dependencies: ['component:default/session-lib'],
            dependents: [
              'component:default/checkout-service',
              'component:default/cart-service',
            ],
          },
          {
            kind: 'uninformed_dependents',
            message: 'old sentence',
            entityRefs: [],
            team: 'group:default/mobile-team',
            dependents: ['component:default/auth-service'],
          },
        ],
      }),
    );
    const text = alerts.textContent ?? '';
    expect(text).toContain('2 conflicts and 2 warnings.');
    expect(text).toContain(
      'Checkout Service and Cart Service depend on Session Library,',
    );
    expect(text).toContain(
      'Mobile Team owns Auth Service, which depends on this release, and is not a stakeholder: tell them.',
    );
    expect(text).toContain(
      'Identity Team runs this release and Identity session hardening 3.1.0 at the same time',
    );
  });
});

describe('InsightAlerts: by the status of the release', () => {
  it('marks a draft’s conflicts as the ones it would have once planned', async () => {
    const alerts = await renderAlerts(
      insightsOf('draft', {
        warnings: [],
        conflicts: [
          { ...sameComponent, prospective: true },
          {
            kind: 'freeze',
            message: 'old sentence',
            releaseIds: ['rel-1'],
            entityRefs: ['component:default/cart-service'],
            freezeId: 'f-1',
            freeze: {
              title: 'Year end',
              reason: 'Peak trading',
              entityRefs: [],
            },
            overlap: sameComponent.overlap,
            releases: [],
            prospective: true,
          },
        ],
      }),
    );
    const text = alerts.textContent ?? '';
    expect(text).toContain('2 conflicts once planned.');
    expect(screen.getAllByText('Would conflict once planned')).toHaveLength(2);
    expect(text).toContain(
      'This release would ship Cart Service while Identity session hardening 3.1.0 would too',
    );
    expect(text).toContain(
      'This release would fall in the freeze “Year end” (Peak trading), which covers the whole organisation: Cart Service would be frozen',
    );
    expect(text).not.toMatch(ISO_TIME);
  });

  it('tells what happened once the release is finished', async () => {
    const alerts = await renderAlerts(
      insightsOf('released', {
        conflicts: [],
        warnings: [
          {
            kind: 'uninformed_dependents',
            message: 'old sentence',
            entityRefs: [],
            team: 'group:default/mobile-team',
            dependents: [
              'component:default/auth-service',
              'component:default/cart-service',
            ],
          },
        ],
      }),
    );
    const text = alerts.textContent ?? '';
    expect(text).toContain(
      'Mobile Team owns Auth Service and Cart Service, which depended on this release, and was not a stakeholder.',
    );
    expect(text).not.toMatch(/tell them|would|starts/);
  });
});
