import type { Knex } from 'knex';
import { TABLES } from '../tables';

export async function deleteFreeze(db: Knex, id: string): Promise<boolean> {
  return (await db(TABLES.freezes).where({ id }).delete()) > 0;
}
