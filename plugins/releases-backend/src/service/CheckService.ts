import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type {
  CheckReport,
  CheckResult,
  CheckResultInput,
} from '@releasekit/plugin-releases-common';

/** Automated checks: results reported by pipelines and by check providers settle automated items. */
export interface CheckService {
  reportResults(
    results: CheckResultInput[],
    credentials: BackstageCredentials,
  ): Promise<CheckReport>;
  /** The latest result of each check reported for the entity. */
  listResults(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<CheckResult[]>;
  /** Evaluates the release's provider checks now. */
  runChecks(
    releaseId: string,
    credentials: BackstageCredentials,
  ): Promise<CheckReport>;
}
