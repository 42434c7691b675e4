import type { Knex } from 'knex';
import { TABLES } from '../tables';

/** How many releases there are (the demo seeds only an empty database). */
export async function countReleases(db: Knex): Promise<number> {
  const row = await db(TABLES.releases).count({ n: '*' }).first();
  return Number(row?.n ?? 0);
}
