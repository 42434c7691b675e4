import { randomUUID } from 'node:crypto';
import { teamRef } from '../../bench/src/organisation';
import type { Answer, SoakClient } from './client';
import { SOAK_CHECK, SOAK_TEMPLATE } from './config';
import type { Outcome, PlainWrite, WriteAttempt } from './reconcile';
import type { Replica } from './replica';

/** The releases the soak ticks and edits (planned, windows days ahead) and what it reports on. */
export interface Targets {
  watched: Array<{ id: string; revision: number }>;
  /** Components in no watched release: check results and deployments go to them. */
  checkComponents: string[];
  deployComponents: string[];
}

export interface CheckReport extends PlainWrite {
  entityRef: string;
  status: 'passed' | 'failed';
  /** When it was sent (epoch ms). */
  at: number;
}

export interface PlannedRelease extends PlainWrite {
  id?: string;
  component: string;
  /** When its creation was answered (epoch ms). */
  createdAt: number;
  planned: boolean;
}

/** Everything the writers sent, with the answer each got: the ledger the end checks compare with. */
export interface Ledger {
  revisioned: WriteAttempt[];
  /** Pairs of edits sent at once through both replicas with one revision: their two outcomes. */
  pairs: Array<[Outcome, Outcome]>;
  deployments: PlainWrite[];
  checkResults: CheckReport[];
  releases: PlannedRelease[];
}

export const emptyLedger = (): Ledger => ({
  revisioned: [],
  pairs: [],
  deployments: [],
  checkResults: [],
  releases: [],
});

export function outcomeOf(answer: Answer): Outcome {
  if (answer.status === 200 || answer.status === 201) return 'accepted';
  if (answer.status === 409) return 'refused';
  if (answer.status === 0) return 'unknown';
  return 'failed';
}

const pick = <T>(list: readonly T[]): T =>
  list[Math.floor(Math.random() * list.length)];
const marker = () => `soak:${randomUUID()}`;
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** The writers' shared state: the replicas, whether to stop, the client and the ledger. */
export interface WriterContext {
  replicas: Replica[];
  client: SoakClient;
  ledger: Ledger;
  targets: Targets;
  stopped: () => boolean;
}

function upReplica(ctx: WriterContext): Replica | undefined {
  const up = ctx.replicas.filter(r => r.up);
  return up.length ? pick(up) : undefined;
}

/** Runs `step` until the soak stops, through a replica that is up, pausing `pauseMs` in between. */
async function loop(
  ctx: WriterContext,
  pauseMs: number,
  step: (replica: Replica) => Promise<void>,
) {
  while (!ctx.stopped()) {
    const replica = upReplica(ctx);
    if (replica) await step(replica);
    await sleep(pauseMs);
  }
}

/**
 * A user at a release page: reads the release, then ticks one of its items or edits its
 * description with the revision it read; now and then the same edit goes through both replicas at
 * once, as two users who read the same revision would send it.
 */
export function editLoop(ctx: WriterContext, pauseMs: number) {
  return loop(ctx, pauseMs, async replica => {
    const { id } = pick(ctx.targets.watched);
    const page = await ctx.client.call(replica, 'release', `/releases/${id}`);
    if (page.status !== 200) return;
    const revision: number = page.body.revision;
    const roll = Math.random();
    if (roll < 0.55) {
      const item = pick(page.body.checklist as Array<{ id: string }>);
      const attempt: WriteAttempt = {
        marker: marker(),
        kind: 'tick',
        releaseId: id,
        itemId: item.id,
        revision,
        outcome: 'unknown',
      };
      const answer = await ctx.client.call(
        replica,
        'tick',
        `/releases/${id}/checklist/${item.id}`,
        {
          method: 'PATCH',
          body: {
            state: Math.random() < 0.5 ? 'done' : 'open',
            note: attempt.marker,
            revision,
          },
          expect: [200, 409],
        },
      );
      ctx.ledger.revisioned.push({ ...attempt, outcome: outcomeOf(answer) });
      return;
    }
    const both = ctx.replicas.filter(r => r.up);
    const through = roll < 0.8 || both.length < 2 ? [replica] : both;
    const attempts = through.map(
      (): WriteAttempt => ({
        marker: marker(),
        kind: 'edit',
        releaseId: id,
        revision,
        outcome: 'unknown',
      }),
    );
    const answers = await Promise.all(
      through.map((r, i) =>
        ctx.client.call(
          r,
          through.length > 1 ? 'concurrent edit' : 'edit',
          `/releases/${id}`,
          {
            method: 'PATCH',
            body: { revision, description: attempts[i].marker },
            expect: [200, 409],
          },
        ),
      ),
    );
    const outcomes = answers.map(outcomeOf);
    attempts.forEach((a, i) =>
      ctx.ledger.revisioned.push({ ...a, outcome: outcomes[i] }),
    );
    if (outcomes.length === 2)
      ctx.ledger.pairs.push([outcomes[0], outcomes[1]]);
  });
}

/** A pipeline reporting the soak check of a component, passed or failed. */
export function checkResultLoop(ctx: WriterContext, pauseMs: number) {
  return loop(ctx, pauseMs, async replica => {
    const report: CheckReport = {
      marker: marker(),
      entityRef: pick(ctx.targets.checkComponents),
      status: Math.random() < 0.6 ? 'passed' : 'failed',
      at: Date.now(),
      outcome: 'unknown',
    };
    const answer = await ctx.client.call(
      replica,
      'check result',
      '/checks/results',
      {
        method: 'POST',
        body: {
          entityRef: report.entityRef,
          check: SOAK_CHECK,
          status: report.status,
          summary: report.marker,
        },
      },
    );
    ctx.ledger.checkResults.push({ ...report, outcome: outcomeOf(answer) });
  });
}

let deploymentCount = 0;

/** A pipeline reporting a deployment, its marker in `commit`. */
export function deploymentLoop(ctx: WriterContext, pauseMs: number) {
  return loop(ctx, pauseMs, async replica => {
    const write: PlainWrite = { marker: marker(), outcome: 'unknown' };
    deploymentCount += 1;
    const answer = await ctx.client.call(
      replica,
      'deployment',
      '/deployments',
      {
        method: 'POST',
        body: {
          entityRef: pick(ctx.targets.deployComponents),
          version: `soak-${deploymentCount}`,
          environment: Math.random() < 0.5 ? 'staging' : 'production',
          status: 'succeeded',
          commit: write.marker.slice(0, 64),
        },
      },
    );
    ctx.ledger.deployments.push({ ...write, outcome: outcomeOf(answer) });
  });
}

let plannedCount = 0;

/**
 * A release planned with a window two hours ahead, inside the reminders' lead time: its open
 * required items fall due at the reminder task's next run, on whichever replica runs it.
 */
export function planLoop(ctx: WriterContext, pauseMs: number) {
  return loop(ctx, pauseMs, async replica => {
    plannedCount += 1;
    const component =
      ctx.targets.checkComponents[
        plannedCount % ctx.targets.checkComponents.length
      ];
    const start = Date.now() + 2 * 3_600_000 + plannedCount * 60_000;
    const write: PlannedRelease = {
      marker: marker(),
      outcome: 'unknown',
      component,
      createdAt: 0,
      planned: false,
    };
    const created = await ctx.client.call(
      replica,
      'plan release',
      '/releases',
      {
        method: 'POST',
        body: {
          title: `Soak ${write.marker}`,
          version: `1.0.${plannedCount}`,
          windowStart: new Date(start).toISOString(),
          windowEnd: new Date(start + 3_600_000).toISOString(),
          owner: teamRef(plannedCount % 50),
          components: [component],
          templateId: SOAK_TEMPLATE,
        },
      },
    );
    write.outcome = outcomeOf(created);
    write.createdAt = Date.now();
    if (write.outcome === 'accepted') {
      write.id = created.body.id;
      // A check result for its component can settle its automated item (and bump its revision)
      // between the creation and the transition, which then answers 409 (a transition is decided
      // on the revision it read): read it again and retry, as the release page would.
      for (let attempt = 0; attempt < 3 && !write.planned; attempt++) {
        const page = await ctx.client.call(
          replica,
          'release',
          `/releases/${write.id}`,
        );
        const moved = await ctx.client.call(
          replica,
          'transition',
          `/releases/${write.id}/transitions`,
          {
            method: 'POST',
            body: {
              to: 'planned',
              override: true,
              reason: 'soak',
              ...(page.status === 200 ? { revision: page.body.revision } : {}),
            },
            expect: [200, 409],
          },
        );
        write.planned = moved.status === 200;
      }
    }
    ctx.ledger.releases.push(write);
  });
}
