import type { Knex } from 'knex';
import type { Check } from './checks';
import type { Replica } from './replica';

const NOT_READY_KEY = 'release:not-ready';

/** The reminder runs a replica logged ("Sent reminders for N item(s) …") and the items they sent. */
export function remindersInLog(log: string): { runs: number; items: number } {
  let runs = 0;
  let items = 0;
  for (const match of log.matchAll(/Sent reminders for (\d+) item\(s\)/g)) {
    runs += 1;
    items += Number(match[1]);
  }
  return { runs, items };
}

/**
 * Reminders once per item across both replicas. The claims in release_reminders are unique by
 * their primary key; what could still go twice is the sending, so the items each replica logged as
 * sent are added up and must not exceed the claims, and no user may hold two reminder
 * notifications of one scope (release and window). And they are sent: every open required item of
 * the releases planned during the soak, old enough for a task run to have seen it, was claimed.
 */
export async function remindersCheck(options: {
  releases: Knex;
  notifications: Knex;
  replicas: Replica[];
  /** Releases created before this were seen by a reminder run (epoch ms). */
  seenBefore: number;
  /** When the victim was killed (epoch ms). */
  killedAt: number;
}): Promise<Check> {
  const { releases, notifications, replicas, seenBefore, killedAt } = options;
  // Logs first, then claims: a run logs its items after claiming them, so without a double send
  // the claims read later are never fewer than the items logged before.
  const count = async () => {
    const perReplica = replicas.map(r => ({
      name: r.name,
      ...remindersInLog(r.logText()),
    }));
    const claimed = await releases('release_reminders')
      .whereNot('item_key', NOT_READY_KEY)
      .count({ n: '*' });
    return {
      perReplica,
      logged: perReplica.reduce((sum, r) => sum + r.items, 0),
      claims: Number(claimed[0].n),
    };
  };
  // A run that has claimed items logs them once it has sent them: give one still sending the time
  // to finish (a run the kill cut between claiming and sending never will).
  let counted = await count();
  for (let i = 0; i < 20 && counted.logged < counted.claims; i++) {
    await new Promise(r => setTimeout(r, 1000));
    counted = await count();
  }
  const { perReplica, logged, claims } = counted;
  // Claims no log shows can only be those of a run the kill cut between claiming and sending (the
  // known "at most once"): made in the half minute before the kill.
  const claimedBeforeKill = Number(
    (
      await releases('release_reminders')
        .whereNot('item_key', NOT_READY_KEY)
        .whereBetween('sent_at', [killedAt - 30_000, killedAt])
        .count({ n: '*' })
    )[0].n,
  );
  const unlogged = claims - logged;
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
  // Manual items only: an automated one opens and closes with check results all through the run.
  const missed = await releases('checklist_items as i')
    .join('releases as r', 'r.id', 'i.release_id')
    .leftJoin('release_reminders as m', function sent() {
      this.on('m.release_id', 'i.release_id')
        .andOn('m.item_key', 'i.id')
        .andOn('m.window_start', 'r.window_start');
    })
    .where('r.title', 'like', 'Soak soak:%')
    .andWhere('r.status', 'planned')
    .andWhere('r.created_at', '<', seenBefore)
    .andWhere('i.state', 'open')
    .andWhereRaw('??', ['i.required'])
    .whereNull('i.check')
    .whereNotNull('i.assignee')
    .whereNull('m.release_id')
    .select('i.id');
  const due = await releases('checklist_items as i')
    .join('releases as r', 'r.id', 'i.release_id')
    .where('r.title', 'like', 'Soak soak:%')
    .andWhere('r.status', 'planned')
    .andWhere('r.created_at', '<', seenBefore)
    .andWhere('i.state', 'open')
    .andWhereRaw('??', ['i.required'])
    .whereNull('i.check')
    .whereNotNull('i.assignee')
    .count({ n: '*' });
  return {
    name: 'Reminders sent once per item across both replicas',
    pass:
      logged <= claims &&
      unlogged <= claimedBeforeKill &&
      duplicates.length === 0 &&
      missed.length === 0 &&
      claims > 0,
    detail:
      `${claims} item reminders claimed (the database was new); sent per the replicas' logs: ${perReplica
        .map(r => `${r.name} ${r.items} in ${r.runs} runs`)
        .join(', ')} (${logged} in all${
        unlogged > 0
          ? `; ${unlogged} claimed and in no log, of ${claimedBeforeKill} claimed in the 30 s before the kill: a run the kill cut, the "at most once" of the known limits`
          : ''
      }); ${notified} reminder notifications, ${
        duplicates.length
      } (user, release window) pairs notified twice; ` +
      `${Number(due[0].n) - missed.length} of ${
        due[0].n
      } due items of the releases planned during the run reminded`,
  };
}
