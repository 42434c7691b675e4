import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { Release } from '@releasekit/plugin-releases-common';
import type { TransitionRequest } from '../schema/openapi';

/** The status lifecycle: which transitions are allowed, and what starting or scheduling needs. */
export interface LifecycleService {
  transition(
    id: string,
    input: TransitionRequest,
    credentials: BackstageCredentials,
  ): Promise<Release>;
}
