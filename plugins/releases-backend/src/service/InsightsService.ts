import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { ReleaseInsights } from '@releasekit/plugin-releases-common';

/** Catalog-linked insights for a release: dependencies, order, warnings and conflicts. */
export interface InsightsService {
  insightsFor(
    id: string,
    credentials: BackstageCredentials,
  ): Promise<ReleaseInsights>;
}
