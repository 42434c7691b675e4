import type { LoggerService } from '@backstage/backend-plugin-api';
import type { ChecklistItemState } from '@releasekit/plugin-releases-common';
import { randomUUID } from 'node:crypto';
import type { ReleaseStore } from '../database/ReleaseStore';
import type { ReleaseFields, StoredComponent } from '../database/types';
import { DEFAULT_TEMPLATE } from '../service/templates';
import { DEMO_RELEASES, type DemoRelease } from './demoReleases';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * What the demo catalog (examples/entities.yaml) says of each component. Written down here rather
 * than read from the catalog because seeding runs at start-up, before the catalog has processed
 * its locations.
 */
const DEMO_COMPONENTS: Record<string, { owner: string; system: string }> = {
  'storefront-web': { owner: 'checkout-team', system: 'checkout' },
  'checkout-service': { owner: 'checkout-team', system: 'checkout' },
  'cart-service': { owner: 'checkout-team', system: 'checkout' },
  'order-service': { owner: 'checkout-team', system: 'checkout' },
  'checkout-ui-kit': { owner: 'checkout-team', system: 'checkout' },
  'payment-gateway': { owner: 'payments-team', system: 'payments' },
  'fraud-detection': { owner: 'payments-team', system: 'payments' },
  'billing-service': { owner: 'payments-team', system: 'payments' },
  'ledger-service': { owner: 'payments-team', system: 'payments' },
  'auth-service': { owner: 'identity-team', system: 'identity' },
  'user-profile-service': { owner: 'identity-team', system: 'identity' },
  'account-web': { owner: 'identity-team', system: 'identity' },
  'session-lib': { owner: 'identity-team', system: 'identity' },
  'notification-service': { owner: 'platform-team', system: 'platform' },
  'observability-lib': { owner: 'platform-team', system: 'platform' },
};

function component(name: string): StoredComponent {
  const facts = DEMO_COMPONENTS[name];
  if (!facts) {
    throw new Error(`Demo release names unknown component ${name}`);
  }
  return {
    entityRef: `component:default/${name}`,
    ownerRef: `group:default/${facts.owner}`,
    systemRef: `system:default/${facts.system}`,
  };
}

/** Settles the first `fraction` of the items, the ones past releases settle all of. */
function settledStates(count: number, fraction: number): ChecklistItemState[] {
  const settled = Math.round(count * fraction);
  return Array.from({ length: count }, (_, i) => {
    if (i >= settled) return 'open';
    return i % 7 === 6 ? 'not_applicable' : 'done';
  });
}

async function seedOne(store: ReleaseStore, demo: DemoRelease, now: number) {
  const id = randomUUID();
  const components = demo.components.map(component);
  const start = now + demo.startsInDays * DAY;
  // Planned three weeks ahead, and never in the future.
  const createdAt = Math.min(start - 21 * DAY, now - 3 * DAY);
  const owner = `group:default/${demo.ownerTeam}`;
  const items = [
    ...DEFAULT_TEMPLATE.releaseItems.map(t => ({
      ...t,
      componentRef: null,
      assignee: owner,
    })),
    ...components.flatMap(c =>
      DEFAULT_TEMPLATE.componentItems.map(t => ({
        ...t,
        componentRef: c.entityRef,
        assignee: c.ownerRef,
      })),
    ),
  ].map(t => ({ ...t, id: randomUUID(), source: DEFAULT_TEMPLATE.id }));

  await store.insertRelease({
    release: {
      id,
      title: demo.title,
      version: demo.version,
      description: demo.description,
      risks: demo.risks ?? [],
      owner,
      stakeholders: demo.stakeholders ?? [],
      templateId: DEFAULT_TEMPLATE.id,
      status: 'draft',
      windowStart: start,
      windowEnd: start + demo.hours * HOUR,
      plannedAt: null,
      components,
      items,
    },
    actor: demo.actor,
    at: createdAt,
    activity: [
      {
        action: 'release.created',
        summary: `Created ${demo.title} ${demo.version} (demo data)`,
      },
    ],
  });

  const states = settledStates(items.length, demo.settled);
  const fields: ReleaseFields = { status: demo.status };
  if (demo.status !== 'draft') fields.plannedAt = createdAt + DAY;
  await store.applyChange({
    releaseId: id,
    actor: demo.actor,
    at: Math.min(now, start + demo.hours * HOUR),
    fields,
    updateItems: items.flatMap((item, i) =>
      states[i] === 'open'
        ? []
        : [
            {
              id: item.id,
              fields: {
                state: states[i],
                note:
                  states[i] === 'not_applicable'
                    ? 'No change to this area in this release'
                    : null,
                doneBy: demo.actor,
                doneAt: createdAt + 2 * DAY,
              },
            },
          ],
    ),
    activity: [
      {
        action: 'release.status_changed',
        summary: `Draft → ${demo.status} (demo data)`,
        after: { status: demo.status },
      },
    ],
  });
}

/** Seeds the demo releases into an empty database; a database that has releases is left alone. */
export async function seedDemoReleases(options: {
  store: ReleaseStore;
  logger: LoggerService;
  now?: number;
}): Promise<number> {
  const { store, logger } = options;
  if ((await store.countReleases()) > 0) {
    return 0;
  }
  const now = options.now ?? Date.now();
  for (const demo of DEMO_RELEASES) {
    await seedOne(store, demo, now);
  }
  logger.info(`Seeded ${DEMO_RELEASES.length} demo releases`);
  return DEMO_RELEASES.length;
}
