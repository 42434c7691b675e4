import { createHash } from 'node:crypto';
import type {
  DeploymentStore,
  RecordDeploymentRequest,
} from '../database/DeploymentStore';
import { DEMO_PIPELINE } from './demoCheckResults';
import { demoComponent } from './demoComponents';
import type { DemoSlot } from './demoSchedule';
import { demoReleasedAt } from './demoTimeline';
import type { DemoRelease } from './demoTypes';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A demo release as seeded: its id and where its window landed. */
export interface SeededDemoRelease {
  id: string;
  demo: DemoRelease;
  slot: DemoSlot;
}

type Report = Omit<RecordDeploymentRequest, 'at' | 'reportedBy'>;

const roundToMinute = (ms: number) => ms - (ms % MINUTE);

/** A stable fake commit and run number, so that the demo reads the same every time. */
function digest(...parts: string[]): string {
  return createHash('sha1').update(parts.join(' ')).digest('hex');
}

function report(
  name: string,
  version: string,
  environment: string,
  status: Report['status'],
  times: { startedAt?: number; finishedAt: number },
  releaseId: string | null,
): Report {
  const hash = digest(name, version, environment, String(times.finishedAt));
  return {
    entityRef: `component:default/${name}`,
    ownerRef: demoComponent(name).ownerRef,
    version,
    environment,
    status,
    url: `https://github.com/acme-retail/${name}/actions/runs/${
      parseInt(hash.slice(0, 6), 16) % 90_000
    }`,
    commit: digest(name, version).slice(0, 12),
    startedAt: times.startedAt && roundToMinute(times.startedAt),
    finishedAt: roundToMinute(times.finishedAt),
    releaseId,
    releaseNamed: releaseId !== null,
  };
}

/**
 * One finished release's deployments: each component to staging in the first third of the time
 * from window start to release, then to production in the last third, the last finishing when the
 * release went out. A failed release's first component fails in production once and is fixed; a
 * rolled-back release's components are rolled back half an hour after, and the versions before them
 * restored three hours later.
 */
function finishedRelease(
  { id, demo, slot }: SeededDemoRelease,
  previous: Map<string, string>,
): Report[] {
  const outcome = demo.outcome!;
  const releasedAt = demoReleasedAt(outcome, slot);
  const third = (releasedAt - slot.start) / 3;
  const n = demo.components.length;
  const step = third / n;
  const reports: Report[] = [];
  demo.components.forEach((name, i) => {
    const staging = slot.start + step * i;
    reports.push(
      report(
        name,
        demo.version,
        'staging',
        'succeeded',
        {
          startedAt: staging,
          finishedAt: staging + 0.8 * step,
        },
        id,
      ),
    );
    const finishedAt = slot.start + 2 * third + step * (i + 1);
    if (outcome.result === 'failed' && i === 0) {
      reports.push(
        report(
          name,
          demo.version,
          'production',
          'failed',
          {
            startedAt: slot.start + 1.2 * third,
            finishedAt: slot.start + 1.5 * third,
          },
          id,
        ),
      );
    }
    reports.push(
      report(
        name,
        demo.version,
        'production',
        'succeeded',
        {
          startedAt: finishedAt - 0.8 * step,
          finishedAt,
        },
        id,
      ),
    );
  });
  if (outcome.result !== 'rolled_back') {
    demo.components.forEach(name => previous.set(name, demo.version));
    return reports;
  }
  for (const name of demo.components) {
    reports.push(
      report(
        name,
        demo.version,
        'production',
        'rolled_back',
        {
          finishedAt: releasedAt + 30 * MINUTE,
        },
        id,
      ),
    );
    const before = previous.get(name);
    if (before) {
      reports.push(
        report(
          name,
          before,
          'production',
          'succeeded',
          {
            startedAt: releasedAt + 3 * HOUR,
            finishedAt: releasedAt + 3 * HOUR + 10 * MINUTE,
          },
          null,
        ),
      );
    }
  }
  return reports;
}

/**
 * The release under way: its first component out in staging and production, the others in
 * staging only, all before `now`.
 */
function underWay(
  { id, demo, slot }: SeededDemoRelease,
  now: number,
): Report[] {
  const base = Math.min(slot.start, now - 3 * HOUR);
  return demo.components.flatMap((name, i) => {
    const staging = base + (10 + 50 * i) * MINUTE;
    const reports = [
      report(
        name,
        demo.version,
        'staging',
        'succeeded',
        {
          startedAt: staging,
          finishedAt: staging + 10 * MINUTE,
        },
        id,
      ),
    ];
    if (i === 0) {
      reports.push(
        report(
          name,
          demo.version,
          'production',
          'succeeded',
          {
            startedAt: staging + 25 * MINUTE,
            finishedAt: staging + 40 * MINUTE,
          },
          id,
        ),
      );
    }
    return reports;
  });
}

/**
 * The deployment history of the demo, reported by the demo's pipeline in time order: every finished
 * release's components to staging then production (with the failures and the roll-back their
 * outcomes tell of), and Billing 1.8.0 under way. Releases merely planned have none, so the
 * components the e2e deploys (cart-service, session-lib) carry only finished releases' history.
 */
export async function seedDemoDeployments(
  deployments: Pick<DeploymentStore, 'recordDeployment'>,
  seeded: SeededDemoRelease[],
  now: number,
): Promise<number> {
  const previous = new Map<string, string>();
  const finished = seeded
    .filter(r => r.demo.outcome)
    .sort(
      (a, b) =>
        demoReleasedAt(a.demo.outcome!, a.slot) -
        demoReleasedAt(b.demo.outcome!, b.slot),
    );
  const reports = [
    ...finished.flatMap(r => finishedRelease(r, previous)),
    ...seeded
      .filter(r => r.demo.status === 'in_progress')
      .flatMap(r => underWay(r, now)),
  ].sort((a, b) => a.finishedAt! - b.finishedAt!);
  for (const r of reports) {
    await deployments.recordDeployment({
      ...r,
      reportedBy: DEMO_PIPELINE,
      at: r.finishedAt!,
    });
  }
  return reports.length;
}
