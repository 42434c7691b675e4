import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { CheckResultInput } from '@releasekit/plugin-releases-common';
import type { CheckResultStore } from '../database/CheckResultStore';
import type { ReleaseStore } from '../database/ReleaseStore';
import type { CheckService } from '../service/CheckService';
import { normalizeCheckResults } from '../service/checkResultInput';
import type { CheckReporters } from './CheckReporters';
import type { ReleaseAuthorizer } from './ReleaseAuthorizer';

/**
 * {@link CheckService} behind the permission framework. A pipeline (service principal) reports for
 * the components its subject is configured for; a user reports only where they may tick every item
 * the results would settle, as if they ticked them by hand.
 */
export class AuthorizedCheckService implements CheckService {
  constructor(
    private readonly checks: CheckService,
    private readonly options: {
      authorizer: ReleaseAuthorizer;
      reporters: CheckReporters;
      releases: ReleaseStore;
      results: CheckResultStore;
    },
  ) {}

  async reportResults(
    results: CheckResultInput[],
    credentials: BackstageCredentials,
  ) {
    const normalized = normalizeCheckResults(results);
    if ((credentials.principal as { type: string }).type === 'service') {
      await this.options.reporters.assertMayReport(
        credentials,
        normalized.map(r => r.entityRef),
      );
    } else {
      await this.assertMayTick(normalized, credentials);
    }
    return this.checks.reportResults(normalized, credentials);
  }

  listResults(entityRef: string, credentials: BackstageCredentials) {
    return this.checks.listResults(entityRef, credentials);
  }

  /** Re-running only asks the providers for the facts again: reading the release is enough. */
  async runChecks(releaseId: string, credentials: BackstageCredentials) {
    await this.options.authorizer.readableRelease(releaseId, credentials);
    return this.checks.runChecks(releaseId, credentials);
  }

  private async assertMayTick(
    results: CheckResultInput[],
    credentials: BackstageCredentials,
  ): Promise<void> {
    const { authorizer, releases, results: store } = this.options;
    // Four queries and one policy round trip, however many releases the results settle.
    const awaiting = await store.awaitingItems(results);
    await authorizer.assertItems(
      await releases.getReleaseItems(awaiting),
      credentials,
    );
  }
}
