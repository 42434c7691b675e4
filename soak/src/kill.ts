import type { Check } from './checks';
import type { SoakClient } from './client';
import type { SoakDatabase } from './database';
import type { Samples } from './latencies';
import { feedProbe, type FreezeProbe, type Probe } from './probes';
import type { Replica } from './replica';
import type { Targets } from './writers';

/** What happened around the kill. */
export interface KillRecord {
  killedAt: number;
  /** Whether the kill came right after the victim logged claiming reminders (see untilReminderRunOn). */
  cutReminderRun: boolean;
  readyAt: number;
  /** From SIGKILL to the restarted replica's readiness. */
  restartMs: number;
  /** Observations of the restarted replica against what was written while it was down. */
  catchUp: Probe[];
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/**
 * Waits, up to `withinMs`, for the victim to log that a reminder run of its own has claimed
 * reminders, and returns true at once then: a kill that follows cuts the run between claiming and
 * marking them sent, the case the reminders' retry is for. False when no run of its claimed any
 * in time (the other replica ran the task, or nothing was due).
 */
export async function untilReminderRunOn(
  victim: Replica,
  withinMs: number,
): Promise<boolean> {
  let offset = victim.logLength();
  for (const until = Date.now() + withinMs; Date.now() < until; ) {
    const logged = victim.logFrom(offset);
    if (/Claimed \d+ reminder\(s\) to send/.test(logged)) return true;
    // From the start of the last line, which may be half written.
    offset += Buffer.byteLength(logged.slice(0, logged.lastIndexOf('\n') + 1));
    await sleep(2);
  }
  return false;
}

/**
 * SIGKILLs the victim in the middle of the load (writers have requests in flight on it), aimed at
 * one of its reminder runs when one comes within `reminderRunWithinMs`, keeps the
 * load on the survivor, writes a feed and a freeze change through the survivor, restarts the victim
 * and checks that it serves what was written meanwhile.
 */
export async function killAndRestart(options: {
  survivor: Replica;
  victim: Replica;
  /** Stops the victim's read load (after the kill: its in-flight reads die with it). */
  stopVictimReads: () => Promise<void>;
  client: SoakClient;
  db: SoakDatabase;
  targets: Targets;
  freeze: FreezeProbe;
  /** How long to wait for the victim to claim reminders before killing it anyway. */
  reminderRunWithinMs: number;
}): Promise<KillRecord> {
  const { survivor, victim, client, db, targets, freeze } = options;
  const cutReminderRun = await untilReminderRunOn(
    victim,
    options.reminderRunWithinMs,
  );
  victim.kill();
  const killedAt = victim.killedAt;
  await options.stopVictimReads();
  // Written through the survivor while the victim is down.
  const feed = await client.call(survivor, 'feed create', '/feeds', {
    method: 'POST',
    body: { includeFreezes: true },
  });
  await freeze.probe(survivor, survivor);
  await sleep(3000);
  await victim.start();
  const readyAt = Date.now();
  const catchUp: Probe[] = [];
  const probe = (pass: boolean, detail: string) =>
    catchUp.push({
      kind: 'catch-up',
      from: survivor.name,
      to: victim.name,
      pass,
      detail,
    });

  // Every watched release is at least at the revision the database had when the victim came back.
  const revisions = new Map<string, number>(
    (
      await db
        .releases('releases')
        .whereIn(
          'id',
          targets.watched.map(w => w.id),
        )
        .select('id', 'revision')
    ).map((r: any) => [r.id, Number(r.revision)]),
  );
  let behind = 0;
  for (const [id, revision] of revisions) {
    const page = await client.call(victim, 'release', `/releases/${id}`);
    if (page.status !== 200 || page.body.revision < revision) behind += 1;
  }
  probe(
    behind === 0,
    `${revisions.size - behind} of ${
      revisions.size
    } watched releases at or past the database's revision at restart`,
  );
  if (feed.status === 201) {
    const path = new URL(feed.body.url).pathname.replace(
      /^\/api\/releases/,
      '',
    );
    const ics = await client.call(victim, 'feed ics', path);
    probe(
      ics.status === 200,
      `feed created on ${survivor.name} while ${victim.name} was down: ${ics.status} on ${victim.name}`,
    );
  } else {
    probe(
      false,
      `POST /feeds on ${survivor.name} while ${victim.name} was down: ${feed.status}`,
    );
  }
  const seen = await freeze.seenBy(victim);
  probe(
    seen === freeze.title,
    `freeze retitled on ${survivor.name} while ${victim.name} was down: "${freeze.title}", ${victim.name} showed "${seen}"`,
  );
  catchUp.push(await feedProbe(client, victim, survivor));
  return {
    killedAt,
    cutReminderRun,
    readyAt,
    restartMs: readyAt - killedAt,
    catchUp,
  };
}

export function killChecks(
  kill: KillRecord,
  samples: Samples,
  survivor: string,
  victim: string,
): Check[] {
  const alone = samples
    .all(survivor)
    .filter(s => s.at >= kill.killedAt && s.at <= kill.readyAt);
  const aloneErrors = alone.filter(s => s.error).length;
  const failed = kill.catchUp.filter(p => !p.pass);
  return [
    {
      name: `${survivor} keeps answering while ${victim} is down (SIGKILL)`,
      pass: alone.length > 0 && aloneErrors === 0,
      detail: `${alone.length} requests answered by ${survivor} in the ${(
        (kill.readyAt - kill.killedAt) /
        1000
      ).toFixed(
        1,
      )} s from the kill to ${victim}'s readiness, ${aloneErrors} errors`,
    },
    {
      name: 'No errors but those the kill cut short',
      pass: samples.errorsOn(survivor) === 0 && samples.errorsOn(victim) === 0,
      detail: `${samples.errorsOn(survivor)} on ${survivor}, ${samples.errorsOn(
        victim,
      )} on ${victim} outside the kill; ${samples.cutByKill()} requests in flight on ${victim} or sent to it as it died${[
        survivor,
        victim,
      ]
        .map(r => samples.errorReasons(r).slice(0, 4))
        .map((reasons, i) =>
          reasons.length
            ? `; on ${i ? victim : survivor}: ${reasons.join(', ')}`
            : '',
        )
        .join('')}`,
    },
    {
      name: `${victim}, restarted, serves what was written meanwhile`,
      pass: failed.length === 0,
      detail: kill.catchUp
        .map(p => `${p.pass ? '✔' : '✘'} ${p.detail}`)
        .join('; '),
    },
  ];
}
