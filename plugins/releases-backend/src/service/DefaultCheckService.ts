import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type {
  CheckReport,
  CheckResult,
  CheckResultInput,
} from '@releasekit/plugin-releases-common';
import type { CheckResultStore } from '../database/CheckResultStore';
import { actorOf } from './actor';
import type { CheckProviders } from './CheckProviders';
import type { CheckService } from './CheckService';
import { normalizeCheckResults } from './checkResultInput';
import { normalizeEntityRef } from './entityRefs';

/** {@link CheckService} without permissions: AuthorizedCheckService decides who may report what. */
export class DefaultCheckService implements CheckService {
  constructor(
    private readonly store: CheckResultStore,
    private readonly providers: CheckProviders,
    private readonly now: () => number = Date.now,
  ) {}

  async reportResults(
    results: CheckResultInput[],
    credentials: BackstageCredentials,
  ): Promise<CheckReport> {
    return this.store.recordResults({
      results: normalizeCheckResults(results),
      reportedBy: actorOf(credentials),
      at: this.now(),
    });
  }

  async listResults(entityRef: string): Promise<CheckResult[]> {
    return this.store.listResults(normalizeEntityRef(entityRef, 'entityRef'));
  }

  async runChecks(releaseId: string): Promise<CheckReport> {
    return this.providers.run(releaseId);
  }
}
