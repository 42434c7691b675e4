import type { LoggerService } from '@backstage/backend-plugin-api';
import type { FreezeOccurrence } from '@releasekit/plugin-releases-common';
import { randomUUID } from 'node:crypto';
import type { CheckResultStore } from '../database/CheckResultStore';
import type { DeploymentStore } from '../database/DeploymentStore';
import type { ReleaseStore } from '../database/ReleaseStore';
import {
  carriedActionItems,
  componentItems,
  releaseItems,
} from '../service/checklistItems';
import { DEFAULT_TEMPLATE } from '../service/templates';
import { seedDemoCheckResults } from './demoCheckResults';
import { demoComponent } from './demoComponents';
import { seedDemoDeployments } from './demoDeployments';
import { DEMO_RELEASES } from './demoReleases';
import { demoLabel, scheduleDemoReleases, type DemoSlot } from './demoSchedule';
import { demoTimeline, NO_GO_DELAY } from './demoTimeline';
import type { DemoRelease } from './demoTypes';

const DAY = 86_400_000;
/** The freezes the schedule looks at: the demo's history, its weeks ahead and the search's slack. */
const FREEZES_BEFORE = 400 * DAY;
const FREEZES_AFTER = 250 * DAY;

/** Where freeze windows come from: the FreezeService, with config and API freezes. */
export interface DemoFreezes {
  occurrences(from: number, to: number): Promise<FreezeOccurrence[]>;
}

/**
 * Creates one demo release as the release service would (template items for it and its components,
 * action items carried forward from earlier retrospectives of the same components), then replays
 * its life.
 */
async function seedOne(
  store: ReleaseStore,
  demo: DemoRelease,
  slot: DemoSlot,
  now: number,
): Promise<string> {
  const id = randomUUID();
  const owner = `group:default/${demo.ownerTeam}`;
  const components = demo.components.map(demoComponent);
  // A no-go moved the window a week later: the release was created for the first one.
  const moved = demo.noGo ? NO_GO_DELAY : 0;
  const createdAt = Math.min(
    slot.start - moved - (demo.leadDays ?? 21) * DAY,
    now - 2 * DAY,
  );
  const carried = await carriedActionItems(
    store,
    DEFAULT_TEMPLATE.id,
    components.map(c => c.entityRef),
    owner,
  );
  const items = [
    ...releaseItems(DEFAULT_TEMPLATE, owner),
    ...components.flatMap(c => componentItems(DEFAULT_TEMPLATE, c)),
    ...carried.items,
  ];
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
      windowStart: slot.start - moved,
      windowEnd: slot.end - moved,
      plannedAt: null,
      components,
      items,
      carriedActionItemIds: carried.actionItemIds,
    },
    actor: demo.actor,
    at: createdAt,
    activity: [
      {
        action: 'release.created',
        summary: `Created ${demo.title} ${demo.version} with ${components.length} component(s) from the "${DEFAULT_TEMPLATE.title}" template`,
      },
    ],
  });
  for (const step of demoTimeline({
    demo,
    slot,
    owner,
    items,
    createdAt,
    now,
  })) {
    await store.applyChange({ releaseId: id, ...step });
  }
  return id;
}

/**
 * Seeds the demo releases into an empty database; a database that has releases is left alone.
 * Windows are picked around `now` and the freezes in force, so that the calendar shows the
 * deliberate conflicts and nothing else whatever day the demo starts.
 */
export async function seedDemoReleases(options: {
  store: ReleaseStore;
  freezes: DemoFreezes;
  /** Where the demo's CI results are reported; without it, none are. */
  checks?: Pick<CheckResultStore, 'recordResults'>;
  /** Where the demo's deployment history is reported; without it, none is. */
  deployments?: Pick<DeploymentStore, 'recordDeployment'>;
  logger: LoggerService;
  now?: number;
}): Promise<number> {
  const { store, freezes, checks, deployments, logger } = options;
  if ((await store.countReleases()) > 0) {
    return 0;
  }
  const now = options.now ?? Date.now();
  const slots = scheduleDemoReleases(
    DEMO_RELEASES,
    now,
    await freezes.occurrences(now - FREEZES_BEFORE, now + FREEZES_AFTER),
  );
  const seeded = [];
  for (const demo of DEMO_RELEASES) {
    const slot = slots.get(demoLabel(demo))!;
    seeded.push({ id: await seedOne(store, demo, slot, now), demo, slot });
  }
  if (checks) await seedDemoCheckResults(checks, now);
  if (deployments) await seedDemoDeployments(deployments, seeded, now);
  logger.info(`Seeded ${DEMO_RELEASES.length} demo releases`);
  return DEMO_RELEASES.length;
}
