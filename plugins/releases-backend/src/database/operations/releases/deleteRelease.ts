import type { Knex } from 'knex';
import type { DeleteReleaseRequest } from '../../types';
import { TABLES } from '../tables';
import { insertActivity } from '../writeRows';

/**
 * Deletes a release that still has the expected status, keeping its activity trail (which records
 * the deletion). Returns false when no release with that id and status exists.
 */
export async function deleteRelease(
  db: Knex,
  { id, onlyStatus, actor, at, activity }: DeleteReleaseRequest,
): Promise<boolean> {
  return db.transaction(async tx => {
    // Children first: MySQL and SQLite only cascade when foreign keys are enforced.
    const release = await tx(TABLES.releases)
      .where({ id, status: onlyStatus })
      .first('id');
    if (!release) {
      return false;
    }
    await tx(TABLES.decisions).where({ release_id: id }).delete();
    await tx(TABLES.items).where({ release_id: id }).delete();
    await tx(TABLES.components).where({ release_id: id }).delete();
    // A deployment outlives a draft it was reported for: it is then of no release.
    await tx(TABLES.deployments)
      .where({ release_id: id })
      .update({ release_id: null });
    await tx(TABLES.releases).where({ id }).delete();
    await insertActivity(tx, { releaseId: id, actor, at, activity });
    return true;
  });
}
