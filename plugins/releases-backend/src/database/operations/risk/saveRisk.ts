import type { Knex } from 'knex';
import type { ReleaseRow } from '../../rows';
import type { RiskSnapshot } from '../../RiskStore';
import { TABLES } from '../tables';

/**
 * One UPDATE of the risk columns, only while the release still has the revision the risk was
 * computed from; revision, updated_at and updated_by stay as they are.
 */
export async function saveRisk(
  db: Knex,
  { releaseId, revision, risk }: RiskSnapshot,
): Promise<boolean> {
  const columns: Pick<ReleaseRow, 'risk' | 'risk_score' | 'risk_level'> = {
    risk: JSON.stringify(risk),
    risk_score: risk.score,
    risk_level: risk.level,
  };
  const updated = await db<ReleaseRow>(TABLES.releases)
    .where({ id: releaseId, revision })
    .update(columns);
  return updated > 0;
}
