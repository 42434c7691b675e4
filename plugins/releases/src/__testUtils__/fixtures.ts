import {
  computeReadiness,
  computeRisk,
  readinessFromCounts,
  type ActivityEntry,
  type CheckResult,
  type ChecklistItem,
  type ChecklistTemplate,
  type ReleaseRisk,
  type RiskInput,
  type MetricsSummary,
  type Release,
  type ReleaseSummary,
} from '@releasekit/plugin-releases-common';
import type { Entity } from '@backstage/catalog-model';

let counter = 0;

export function anItem(overrides: Partial<ChecklistItem> = {}): ChecklistItem {
  counter += 1;
  return {
    id: `item-${counter}`,
    releaseId: 'rel-1',
    componentRef: 'component:default/checkout-service',
    title: `Item ${counter}`,
    category: 'validation',
    required: true,
    assignee: 'group:default/checkout-team',
    state: 'open',
    note: null,
    evidenceUrl: null,
    doneBy: null,
    doneAt: null,
    source: 'default',
    check: null,
    createdAt: '2026-04-01T08:00:00.000Z',
    updatedAt: '2026-04-01T08:00:00.000Z',
    ...overrides,
  };
}

/** A release whose readiness is computed from its checklist, as the backend does. */
export function aRelease(
  overrides: Partial<Omit<Release, 'readiness'>> = {},
): Release {
  const components = overrides.components ?? [
    'component:default/checkout-service',
  ];
  const checklist = (overrides.checklist ?? []).map(item => ({
    ...item,
    releaseId: overrides.id ?? 'rel-1',
  }));
  return {
    id: 'rel-1',
    title: 'Checkout',
    version: '2.4.0',
    status: 'planned',
    owner: 'group:default/checkout-team',
    windowStart: '2030-05-04T09:00:00.000Z',
    windowEnd: '2030-05-04T13:00:00.000Z',
    templateId: 'default',
    revision: 3,
    description: '## Goals\n- Faster checkout',
    risks: [],
    stakeholders: [],
    decisions: [],
    outcome: null,
    risk: null,
    failedChecks: [],
    createdAt: '2026-04-01T08:00:00.000Z',
    createdBy: 'user:default/jane',
    updatedAt: '2026-04-01T08:00:00.000Z',
    updatedBy: 'user:default/jane',
    ...overrides,
    components,
    checklist,
    readiness: computeReadiness(components, checklist),
  };
}

/**
 * A risk as the backend computes it with the default weights: by default 3 open required items
 * (× 4 = 12), 2 failed checks (× 10 = 20), one declared risk of medium likelihood and high impact
 * (2 × 3 = 6, × 2 = 12), 2 components (× 2 = 4) and a conflict (× 10 = 10): 58, medium.
 */
export function aRisk(
  input: Partial<RiskInput> = {},
  computedAt = '2026-04-01T08:00:00.000Z',
): ReleaseRisk {
  return computeRisk(
    {
      openRequiredItems: 3,
      failedChecks: 2,
      declaredRisks: [{ likelihood: 'medium', impact: 'high' }],
      components: 2,
      dependencyWarnings: 0,
      conflicts: 1,
      nearFreeze: false,
      changeFailures: 0,
      ...input,
    },
    { computedAt },
  );
}

/** The list form of a release, as GET /releases returns it. */
export function summaryOf(release: Release): ReleaseSummary {
  return {
    id: release.id,
    title: release.title,
    version: release.version,
    status: release.status,
    owner: release.owner,
    windowStart: release.windowStart,
    windowEnd: release.windowEnd,
    components: release.components,
    templateId: release.templateId,
    revision: release.revision,
    readiness: readinessFromCounts(release.readiness),
    risk: release.risk,
    createdAt: release.createdAt,
    createdBy: release.createdBy,
    updatedAt: release.updatedAt,
    updatedBy: release.updatedBy,
  };
}

/** The latest result of one check for checkout-service, as GET /checks/results lists it. */
export function aCheckResult(
  overrides: Partial<CheckResult> = {},
): CheckResult {
  return {
    entityRef: 'component:default/checkout-service',
    check: 'ci.tests',
    status: 'passed',
    url: 'https://ci.example.com/runs/1',
    summary: null,
    version: '2.4.0',
    commit: null,
    releaseId: null,
    reportedAt: '2026-04-01T08:00:00.000Z',
    reportedBy: 'external:github-actions',
    ...overrides,
  };
}

export function anActivityEntry(
  overrides: Partial<ActivityEntry> = {},
): ActivityEntry {
  counter += 1;
  return {
    id: `activity-${counter}`,
    releaseId: 'rel-1',
    action: 'release.created',
    actor: 'user:default/jane',
    at: '2026-04-01T08:00:00.000Z',
    summary: 'Created Checkout 2.4.0',
    before: null,
    after: null,
    ...overrides,
  };
}

export const defaultTemplate: ChecklistTemplate = {
  id: 'default',
  title: 'Default',
  releaseItems: [
    { title: 'Go decision', category: 'execution', required: true },
  ],
  componentItems: [
    { title: 'Tests pass', category: 'validation', required: true },
  ],
};

export const hotfixTemplate: ChecklistTemplate = {
  id: 'hotfix',
  title: 'Hotfix',
  releaseItems: [],
  componentItems: [
    { title: 'Smoke test', category: 'validation', required: true },
  ],
};

export const checkoutService: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'checkout-service', namespace: 'default' },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'checkout-team',
    system: 'storefront',
  },
};

export const storefrontSystem: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name: 'storefront', namespace: 'default' },
  spec: { owner: 'group:default/web-team' },
};

export const catalogEntities: Entity[] = [
  checkoutService,
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'cart-service', namespace: 'default' },
    spec: { type: 'service', lifecycle: 'production', owner: 'checkout-team' },
  },
  storefrontSystem,
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'checkout-team', namespace: 'default' },
    spec: { type: 'team', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'web-team', namespace: 'default' },
    spec: { type: 'team', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'jane', namespace: 'default' },
    spec: { profile: { displayName: 'Jane Doe' }, memberOf: ['checkout-team'] },
  },
];

/** The metrics of a range in which no release was completed. */
export const emptyMetricsSummary: MetricsSummary = {
  completed: 0,
  onTimeRate: null,
  averageSlipHours: null,
  p90SlipHours: null,
  changeFailureRate: null,
  averageLeadTimeHours: null,
  averageReadinessLeadTimeHours: null,
};
