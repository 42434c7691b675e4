import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { InsightsService } from '../service/InsightsService';
import type { ReleaseAuthorizer } from './ReleaseAuthorizer';

/** {@link InsightsService} behind the permission framework: insights of a readable release only. */
export class AuthorizedInsightsService implements InsightsService {
  constructor(
    private readonly insights: InsightsService,
    private readonly authorizer: ReleaseAuthorizer,
  ) {}

  async insightsFor(id: string, credentials: BackstageCredentials) {
    await this.authorizer.readableRelease(id, credentials);
    return this.insights.insightsFor(id, credentials);
  }
}
