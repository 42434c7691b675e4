import type { Knex } from 'knex';
import type { Check } from './checks';
import type { Replica } from './replica';

const NOT_READY_KEY = 'release:not-ready';

/** The reminder runs a replica logged ("Sent reminders for N item(s) …"), the items they sent, and how many of those an earlier run had claimed and not sent. */
export function remindersInLog(log: string): {
  runs: number;
  items: number;
  retried: number;
} {
  let runs = 0;
  let items = 0;
  let retried = 0;
  for (const match of log.matchAll(
    /Sent reminders for (\d+) item\(s\)[^;\n]*(?:; (\d+) of them claimed by an earlier run)?/g,
  )) {
    runs += 1;
    items += Number(match[1]);
    retried += Number(match[2] ?? 0);
  }
  return { runs, items, retried };
}

/**
 * Reminders at least once, and once per item across both replicas. A claim in release_reminders
 * is unique by its primary key and marked delivered once its notification is sent; a run the kill
 * cut leaves claims undelivered, which a later run takes over once the scheduler has freed the task (its timeout, then its janitor).
 *
 * - Sent: every open required item of the releases planned during the soak, old enough for a run to
 *   have seen it, has a delivered claim (the wait covers the timeout, the janitor and two runs).
 * - Once: a run logs its items after marking them delivered, so two runs sending one item would log
 *   more items than there are delivered claims; the only delivered claims no log shows are those a
 *   run the kill cut had marked (made in the half minute before the kill). And no user holds two
 *   reminder notifications of one scope (release and window).
 */
export async function remindersCheck(options: {
  releases: Knex;
  notifications: Knex;
  replicas: Replica[];
  /** Releases created before this were seen by a reminder run (epoch ms). */
  seenBefore: number;
  /** When the victim was killed (epoch ms). */
  killedAt: number;
  /** How long to wait for the last undelivered claims to be taken over (ms). */
  retryWithinMs: number;
}): Promise<Check> {
  const { releases, notifications, replicas, seenBefore, killedAt } = options;
  // Manual items only: an automated one opens and closes with check results all through the run.
  const dueItems = () =>
    releases('checklist_items as i')
      .join('releases as r', 'r.id', 'i.release_id')
      .where('r.title', 'like', 'Soak soak:%')
      .andWhere('r.status', 'planned')
      .andWhere('r.created_at', '<', seenBefore)
      .andWhere('i.state', 'open')
      .andWhereRaw('??', ['i.required'])
      .whereNull('i.check')
      .whereNotNull('i.assignee');
  const undelivered = () =>
    dueItems()
      .leftJoin('release_reminders as m', function delivered() {
        this.on('m.release_id', 'i.release_id')
          .andOn('m.item_key', 'i.id')
          .andOn('m.window_start', 'r.window_start')
          .andOn('m.delivered', releases.raw('?', [true]));
      })
      .whereNull('m.release_id')
      .select('i.id');
  let missed = await undelivered();
  for (
    const until = Date.now() + options.retryWithinMs;
    missed.length > 0 && Date.now() < until;
    missed = await undelivered()
  ) {
    await new Promise(r => setTimeout(r, 1000));
  }
  const countOf = async (query: Knex.QueryBuilder) =>
    Number((await query.count({ n: '*' }))[0].n);
  const due = await countOf(dueItems());

  const claimed = () =>
    releases('release_reminders').whereNot('item_key', NOT_READY_KEY);
  const count = async () => {
    const perReplica = replicas.map(r => ({
      name: r.name,
      ...remindersInLog(r.logText()),
    }));
    const delivered = await countOf(claimed().where('delivered', true));
    const logged = perReplica.reduce((sum, r) => sum + r.items, 0);
    return { perReplica, delivered, logged, unlogged: delivered - logged };
  };
  const markedByCutRun = await countOf(
    claimed()
      .where('delivered', true)
      .whereBetween('sent_at', [killedAt - 30_000, killedAt]),
  );
  // A run logs its items once it has marked them all: give one still marking the time to log.
  let counted = await count();
  for (let i = 0; i < 10 && counted.unlogged > markedByCutRun; i++) {
    await new Promise(r => setTimeout(r, 1000));
    counted = await count();
  }
  const { perReplica, delivered, logged, unlogged } = counted;
  const claims = await countOf(claimed());
  const retried = perReplica.reduce((sum, r) => sum + r.retried, 0);
  const duplicates = await notifications('notification')
    .where('scope', 'like', 'reminder:%')
    .groupBy('user', 'scope')
    .havingRaw('count(*) > 1')
    .select('user', 'scope');
  const notified = Number(
    (
      await notifications('notification')
        .where('scope', 'like', 'reminder:%')
        .count({ n: '*' })
    )[0].n,
  );
  return {
    name: 'Reminders sent once per item across both replicas',
    pass:
      logged <= delivered &&
      unlogged <= markedByCutRun &&
      duplicates.length === 0 &&
      missed.length === 0 &&
      claims > 0,
    detail:
      `${claims} item reminders claimed (the database was new), ${delivered} marked delivered; ` +
      `sent per the replicas' logs: ${perReplica
        .map(r => `${r.name} ${r.items} in ${r.runs} runs`)
        .join(
          ', ',
        )} (${logged} in all; ${retried} reminders taken over from a run that had not confirmed sending them${
        unlogged > 0
          ? `; ${unlogged} delivered and in no log, of ${markedByCutRun} claimed in the 30 s before the kill: a run the kill cut after sending`
          : ''
      }); ${notified} reminder notifications, ${
        duplicates.length
      } (user, release window) pairs notified twice; ` +
      `${
        due - missed.length
      } of ${due} due items of the releases planned during the run delivered`,
  };
}
