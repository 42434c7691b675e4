import type { Knex } from 'knex';
import type { ActivityEntry } from '@releasekit/plugin-releases-common';
import { activityFromRow, type ActivityRow } from '../../rows';
import { TABLES } from '../tables';

/** A release's activity, newest first; the auto-increment id breaks ties within one millisecond. */
export async function listActivity(
  db: Knex,
  releaseId: string,
  limit: number,
): Promise<ActivityEntry[]> {
  const rows = await db<ActivityRow>(TABLES.activity)
    .where({ release_id: releaseId })
    .orderBy('id', 'desc')
    .limit(limit);
  return rows.map(activityFromRow);
}
