import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { TransitionRequest } from '../schema/openapi';
import type { LifecycleService } from '../service/LifecycleService';
import type { ReleaseAuthorizer } from './ReleaseAuthorizer';

/** {@link LifecycleService} behind the permission framework: a status change is an update. */
export class AuthorizedLifecycleService implements LifecycleService {
  constructor(
    private readonly lifecycle: LifecycleService,
    private readonly authorizer: ReleaseAuthorizer,
  ) {}

  async transition(
    id: string,
    input: TransitionRequest,
    credentials: BackstageCredentials,
  ) {
    await this.authorizer.updatableRelease(
      id,
      credentials,
      'change the status of',
    );
    return this.lifecycle.transition(id, input, credentials);
  }
}
