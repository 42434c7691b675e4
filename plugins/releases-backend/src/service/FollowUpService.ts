import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type {
  Decision,
  Release,
  ReleaseMetrics,
} from '@releasekit/plugin-releases-common';
import type {
  DecisionRequest,
  GetMetrics,
  OutcomeRequest,
} from '../schema/openapi';
import type { ReadOptions } from './ReleaseService';

/** The query of GET /metrics, as the spec declares it. */
export type MetricsQuery = GetMetrics['query'];

/** Follow-up: go/no-go decisions, outcomes and retrospectives, and release metrics. */
export interface FollowUpService {
  recordDecision(
    id: string,
    input: DecisionRequest,
    credentials: BackstageCredentials,
  ): Promise<Decision>;
  recordOutcome(
    id: string,
    input: OutcomeRequest,
    credentials: BackstageCredentials,
  ): Promise<Release>;
  metrics(query: MetricsQuery, options: ReadOptions): Promise<ReleaseMetrics>;
}
