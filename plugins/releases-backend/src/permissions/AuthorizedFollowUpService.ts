import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { DecisionRequest, OutcomeRequest } from '../schema/openapi';
import type { FollowUpService, MetricsQuery } from '../service/FollowUpService';
import type { ReadOptions } from '../service/ReleaseService';
import type { ReleaseAuthorizer } from './ReleaseAuthorizer';

/** {@link FollowUpService} behind the permission framework: decisions and outcomes are updates. */
export class AuthorizedFollowUpService implements FollowUpService {
  constructor(
    private readonly followUp: FollowUpService,
    private readonly authorizer: ReleaseAuthorizer,
  ) {}

  async recordDecision(
    id: string,
    input: DecisionRequest,
    credentials: BackstageCredentials,
  ) {
    await this.authorizer.updatableRelease(
      id,
      credentials,
      'record go/no-go decisions for',
    );
    return this.followUp.recordDecision(id, input, credentials);
  }

  async recordOutcome(
    id: string,
    input: OutcomeRequest,
    credentials: BackstageCredentials,
  ) {
    await this.authorizer.updatableRelease(
      id,
      credentials,
      'record the outcome of',
    );
    return this.followUp.recordOutcome(id, input, credentials);
  }

  /** Counts only the releases the caller may read: the read scope is applied in SQL, as lists do. */
  async metrics(query: MetricsQuery, { credentials }: ReadOptions) {
    const readScope = await this.authorizer.readScope(credentials);
    return this.followUp.metrics(query, { credentials, readScope });
  }
}
