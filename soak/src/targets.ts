import type { Knex } from 'knex';
import { COMPONENTS, componentRef } from '../../bench/src/organisation';
import type { ReadTargets } from './reads';
import type { Targets } from './writers';

const DAY = 86_400_000;
/** Releases ticked and edited: few enough that writers collide on them now and then. */
const WATCHED = 8;

/**
 * What the load works on, from the seeded database: watched releases (planned, windows days ahead,
 * beyond the reminders' lead time) for ticks and edits; components in none of them for check
 * results and deployments (so that those never move a watched release's revision); a sample of
 * releases and every component for the reads; the last activity row before the load.
 */
export async function chooseTargets(
  knex: Knex,
  now: number,
): Promise<Targets & ReadTargets & { activityBaseline: number }> {
  const watched = (
    await knex('releases')
      .where('status', 'planned')
      .andWhere('window_start', '>', now + 3 * DAY)
      .andWhere('window_start', '<', now + 60 * DAY)
      .orderBy('id')
      .limit(WATCHED)
      .select('id', 'revision')
  ).map((r: any) => ({ id: r.id as string, revision: Number(r.revision) }));
  const busy = new Set(
    (
      await knex('release_components')
        .whereIn(
          'release_id',
          watched.map(w => w.id),
        )
        .select('entity_ref')
    ).map((r: any) => r.entity_ref as string),
  );
  const free = Array.from({ length: COMPONENTS }, (_, i) => componentRef(i))
    .reverse()
    .filter(ref => !busy.has(ref));
  const releaseIds = (
    await knex('releases').orderByRaw('random()').limit(2000).select('id')
  ).map((r: any) => r.id as string);
  const baseline = await knex('release_activity').max({ id: 'id' });
  return {
    watched,
    checkComponents: free.slice(0, 10),
    deployComponents: free.slice(10, 40),
    releaseIds,
    componentRefs: Array.from({ length: COMPONENTS }, (_, i) =>
      componentRef(i),
    ),
    now,
    activityBaseline: Number(baseline[0].id ?? 0),
  };
}
