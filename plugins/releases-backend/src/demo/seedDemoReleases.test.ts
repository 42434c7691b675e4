import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { Release } from '@releasekit/plugin-releases-common';
import type { Knex } from 'knex';
import { startReleasesBackend } from '../__testUtils__/startReleasesBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { ComponentCatalog } from '../catalog/ComponentCatalog';
import { DatabaseCheckResultStore } from '../database/DatabaseCheckResultStore';
import { DatabaseDeploymentStore } from '../database/DatabaseDeploymentStore';
import { DatabaseReleaseStore } from '../database/DatabaseReleaseStore';
import { applyDatabaseMigrations } from '../database/migrations';
import { DatabaseFreezeStore } from '../database/DatabaseFreezeStore';
import { DefaultFreezeService } from '../service/DefaultFreezeService';
import { demoCatalog, demoFreezeConfig } from './__testUtils__/demoPortal';
import { DemoPortalApi, sixMonthsBefore } from './__testUtils__/demoPortalApi';
import { expectDeployments } from './__testUtils__/expectDemoDeployments';
import { seedDemoReleases } from './seedDemoReleases';

jest.setTimeout(180_000);

const databases = createTestDatabases();
const DAY = 86_400_000;
const freezes = demoFreezeConfig();

/** Days the demo may start on: the seed's windows depend on them. */
const START_DAYS: Array<[string, string]> = [
  ['a Friday afternoon, in the payments freeze', '2026-11-27T15:00:00Z'],
  ['Christmas Eve, in the year-end freeze', '2026-12-24T10:00:00Z'],
  ['a Sunday', '2026-06-14T09:00:00Z'],
  ['the first of a month, early', '2027-03-01T06:30:00Z'],
];

/** Seeds the demo as the plugin does at start-up, but as of `now`, with the portal's freezes. */
async function seedAt(knex: Knex, now: number) {
  await applyDatabaseMigrations(knex);
  const database = mockServices.database({ knex, migrations: { skip: true } });
  const options = {
    store: await DatabaseReleaseStore.create({ database }),
    checks: await DatabaseCheckResultStore.create({ database }),
    deployments: await DatabaseDeploymentStore.create({ database }),
    freezes: new DefaultFreezeService(
      await DatabaseFreezeStore.create({ database }),
      new ComponentCatalog(catalogServiceMock()),
      new ConfigReader({ releases: { freezes } }),
    ),
    logger: mockServices.logger.mock(),
    now,
  };
  return [await seedDemoReleases(options), await seedDemoReleases(options)];
}

function countBy<T>(items: T[], key: (item: T) => string) {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** Statuses, outcomes and their retrospectives: the history the pages read. */
function expectHistory(releases: Map<string, Release>) {
  const all = [...releases.values()];
  expect(countBy(all, r => r.status)).toEqual({
    released: 21,
    rolled_back: 1,
    cancelled: 1,
    in_progress: 1,
    planned: 7,
    draft: 2,
  });
  const finished = all.filter(r => r.outcome);
  expect(finished).toHaveLength(22);
  expect(countBy(finished, r => r.outcome!.result)).toEqual({
    success: 16,
    partial: 3,
    failed: 2,
    rolled_back: 1,
  });
  const late = finished.filter(
    r => Date.parse(r.outcome!.releasedAt) > Date.parse(r.windowEnd),
  );
  expect(late).toHaveLength(7);
  expect(finished.every(r => r.outcome!.lessonsLearned.length > 20)).toBe(true);
  const incidents = finished.flatMap(r => r.outcome!.incidents);
  expect(incidents.length).toBeGreaterThanOrEqual(6);
  expect(incidents.every(i => i.url?.startsWith('https://'))).toBe(true);
  // Every item of a finished release settled, by the owners, before its window.
  for (const release of finished) {
    expect(release.readiness.ready).toBe(true);
    expect(
      release.checklist.every(
        i => i.doneAt && Date.parse(i.doneAt) < Date.parse(release.windowStart),
      ),
    ).toBe(true);
  }
}

/** A go before every release that started; one no-go, followed by a go a week later. */
async function expectDecisions(
  api: DemoPortalApi,
  releases: Map<string, Release>,
) {
  for (const release of releases.values()) {
    const started = ['in_progress', 'released', 'rolled_back'].includes(
      release.status,
    );
    const last = release.decisions[release.decisions.length - 1];
    expect([release.title, release.version, last?.decision]).toEqual([
      release.title,
      release.version,
      started ? 'go' : undefined,
    ]);
    if (started) {
      expect(Date.parse(last.decidedAt)).toBeLessThan(
        Date.parse(release.windowStart),
      );
    }
  }
  const noGos = [...releases.values()].filter(r =>
    r.decisions.some(d => d.decision === 'no_go'),
  );
  expect(noGos.map(r => `${r.title} ${r.version}`)).toEqual(['Payments 5.0.0']);
  const [noGo, go] = noGos[0].decisions;
  expect([noGo.decision, go.decision]).toEqual(['no_go', 'go']);
  expect(noGo.readiness.ready).toBe(false);
  expect(go.readiness.ready).toBe(true);
  const moved = (await api.activity(noGos[0].id)).find(
    a => a.action === 'release.window_moved',
  );
  expect(moved?.summary).toBe(
    'Moved the window: start 7 days later, end 7 days later',
  );
}

/** Over the last twelve months every finished release counts, whatever the day: exact figures. */
async function expectYearMetrics(api: DemoPortalApi, now: number) {
  const year = await api.metrics({ from: now - 365 * DAY, to: now });
  expect(year.overall).toMatchObject({
    completed: 22,
    onTimeRate: 15 / 22,
    changeFailureRate: 3 / 22,
    averageSlipHours: 27.5 / 22,
    p90SlipHours: 5,
  });
  expect(
    year.byTeam.map(t => [
      t.owner,
      t.completed,
      t.onTimeRate,
      t.changeFailureRate,
    ]),
  ).toEqual([
    ['group:default/checkout-team', 6, 3 / 6, 0],
    ['group:default/identity-team', 5, 2 / 5, 0],
    ['group:default/payments-team', 7, 6 / 7, 2 / 7],
    ['group:default/platform-team', 4, 1, 1 / 4],
  ]);
}

/** What the Metrics page shows for the last six months: figures in every month, varied. */
async function expectSixMonthMetrics(api: DemoPortalApi, now: number) {
  const { overall, byMonth, byTeam } = await api.metrics({
    from: sixMonthsBefore(now),
    to: now,
  });
  expect(overall.completed).toBeGreaterThanOrEqual(18);
  expect(overall.onTimeRate).toBeGreaterThan(0.5);
  expect(overall.onTimeRate).toBeLessThan(0.9);
  expect(overall.changeFailureRate).toBeGreaterThan(0.05);
  expect(overall.changeFailureRate).toBeLessThan(0.25);
  expect(overall.averageSlipHours).toBeGreaterThan(0);
  expect(overall.averageLeadTimeHours).toBeGreaterThan(14 * 24);
  expect(overall.averageReadinessLeadTimeHours).toBeGreaterThan(0);
  expect(overall.averageReadinessLeadTimeHours).toBeLessThan(
    overall.averageLeadTimeHours!,
  );
  // Every month before the current one (which may have just begun) has 2–5 releases.
  const thisMonth = new Date(now).toISOString().slice(0, 7);
  const full = byMonth.filter(m => m.month < thisMonth);
  expect(full).toHaveLength(5);
  expect(full.every(m => m.completed >= 2 && m.completed <= 5)).toBe(true);
  // Varied from month to month, as the charts should show.
  const distinct = (
    key: 'onTimeRate' | 'changeFailureRate' | 'averageLeadTimeHours',
  ) => new Set(full.map(m => m[key])).size;
  expect(distinct('onTimeRate')).toBeGreaterThan(1);
  expect(distinct('changeFailureRate')).toBeGreaterThan(1);
  expect(distinct('averageLeadTimeHours')).toBeGreaterThan(2);
  expect(byTeam.map(t => t.owner)).toEqual(
    ['checkout', 'identity', 'payments', 'platform'].map(
      t => `group:default/${t}-team`,
    ),
  );
  expect(byTeam.every(t => t.completed >= 3)).toBe(true);
}

/** The Release health card: metrics of one component (or system) over the last six months. */
async function expectReleaseHealth(api: DemoPortalApi, now: number) {
  const health = async (entityRef: string) =>
    (await api.metrics({ from: sixMonthsBefore(now), to: now, entityRef }))
      .overall;
  for (const name of [
    'checkout-service',
    'payment-gateway',
    'auth-service',
    'notification-service',
    'ledger-service',
  ]) {
    const figures = await health(`component:default/${name}`);
    expect([name, figures.completed >= 2]).toEqual([name, true]);
    expect(figures.onTimeRate).not.toBeNull();
    expect(figures.changeFailureRate).not.toBeNull();
  }
  expect(
    (await health('component:default/ledger-service')).changeFailureRate,
  ).toBeGreaterThan(0);
  expect((await health('system:default/checkout')).completed).toBeGreaterThan(
    3,
  );
}

/** The weeks ahead on the calendar: the deliberate overlap and the deliberate freeze override, only. */
async function expectCalendar(api: DemoPortalApi, now: number) {
  const calendar = await api.calendar(now - 14 * DAY, now + 56 * DAY);
  const label = (id: string) => {
    const r = calendar.releases.find(c => c.id === id)!;
    return `${r.title} ${r.version}`;
  };
  expect(
    calendar.conflicts.map(c => ({
      kind: c.kind,
      releases: c.releaseIds.map(label).sort(),
      entityRefs: c.entityRefs,
    })),
  ).toEqual([
    {
      kind: 'freeze',
      releases: ['Payments 5.0.1'],
      entityRefs: ['component:default/payment-gateway'],
    },
    {
      kind: 'same_component',
      releases: ['Checkout 2.4.0', 'Payments SDK 3.0.0'],
      entityRefs: ['component:default/checkout-service'],
    },
  ]);
  expect(
    calendar.releases.filter(r => ['planned', 'in_progress'].includes(r.status))
      .length,
  ).toBe(8);
  const overridden = calendar.conflicts[0].releaseIds[0];
  const override = (await api.activity(overridden)).find(
    a => a.action === 'release.freeze_override',
  );
  expect(override?.after).toEqual({
    reason: expect.stringContaining('certificate expires on Saturday'),
    freezes: ['config:payments-fridays'],
  });
}

/** CI's results settle the automated items under way; the storefront's failed scan holds Checkout. */
function expectCheckResults(releases: Map<string, Release>) {
  const checkout = releases.get('Checkout 2.4.0')!;
  expect(checkout.failedChecks).toEqual([
    expect.objectContaining({
      entityRef: 'component:default/storefront-web',
      check: 'ci.security-scan',
      required: true,
      summary: '2 high-severity advisories in image-resizer 3.2.1',
    }),
  ]);
  const tests = checkout.checklist.find(
    i =>
      i.check === 'ci.tests' &&
      i.componentRef === 'component:default/checkout-service',
  )!;
  expect([tests.state, tests.doneBy, tests.evidenceUrl]).toEqual([
    'done',
    'github-actions',
    'https://github.com/acme-retail/checkout-service/actions/runs/48211',
  ]);
  const failed = [...releases.values()].filter(r => r.failedChecks.length);
  expect(failed.map(r => `${r.title} ${r.version}`)).toEqual([
    'Checkout 2.4.0',
  ]);
}

/** Carry-forward action items of the last retrospective, open in the next planned release. */
function expectCarryForward(releases: Map<string, Release>) {
  const carried = [
    ['Payments 5.2.0', 'Payments 5.1.0'],
    ['Identity session hardening 3.1.0', 'Identity 3.0.0'],
    ['Notifications 1.4.0', 'Notifications 1.3.0'],
    ['Notifications 1.3.0', 'Notifications 1.2.0'],
  ];
  for (const [into, from] of carried) {
    const target = releases.get(into)!;
    const source = releases.get(from)!;
    const titles = source
      .outcome!.actionItems.filter(a => a.carryForward)
      .map(a => `${a.title} (carried forward from ${from})`);
    const items = target.checklist.filter(
      i => i.source === `carried:${source.id}`,
    );
    expect([into, items.map(i => i.title)]).toEqual([into, titles]);
    expect(items.every(i => i.required && i.category === 'follow_up')).toBe(
      true,
    );
    // Open in the planned release, done in the finished one.
    expect(
      items.every(i => i.state === (target.outcome ? 'done' : 'open')),
    ).toBe(true);
    expect(Date.parse(target.createdAt)).toBeGreaterThan(
      Date.parse(source.outcome!.recordedAt),
    );
  }
}

describe.each(databases.eachSupportedId())(
  'the demo history on %s',
  databaseId => {
    it.each(START_DAYS)(
      'started on %s (%s): metrics, release health, calendar, carry-forward and decisions',
      async (_, startsAt) => {
        const now = Date.parse(startsAt);
        const knex = await databases.init(databaseId);
        expect(await seedAt(knex, now)).toEqual([33, 0]);
        const { backend, server } = await startReleasesBackend({
          knex,
          entities: demoCatalog(),
          config: { releases: { freezes } },
        });
        try {
          const api = new DemoPortalApi(server);
          const releases = await api.releasesInFull();
          expectHistory(releases);
          await expectDecisions(api, releases);
          await expectYearMetrics(api, now);
          await expectSixMonthMetrics(api, now);
          await expectReleaseHealth(api, now);
          await expectCalendar(api, now);
          expectCarryForward(releases);
          expectCheckResults(releases);
          await expectDeployments(api, releases);
        } finally {
          await backend.stop();
          await knex.destroy();
        }
      },
    );

    it('is seeded at start-up when releases.demoData is set, around today, each release with its risk', async () => {
      const knex = await databases.init(databaseId);
      const { backend, server, risk } = await startReleasesBackend({
        knex,
        entities: demoCatalog(),
        config: { releases: { demoData: true, freezes } },
      });
      try {
        const api = new DemoPortalApi(server);
        expect(await api.releases()).toHaveLength(33);
        await expectCalendar(api, Date.now());
        // Seeded as the plugin starts, refreshed once it has started.
        await risk.idle();
        const unscored = (await api.releases()).filter(r => r.risk === null);
        expect(unscored.map(r => `${r.title} ${r.version}`)).toEqual([]);
        const ledger = await api.currentDeployments(
          'component:default/ledger-service',
        );
        expect(ledger.environments.map(e => e.deployment?.version)).toEqual([
          '1.8.0',
          '2.1.0',
        ]);
      } finally {
        await backend.stop();
        await knex.destroy();
      }
    });
  },
);
