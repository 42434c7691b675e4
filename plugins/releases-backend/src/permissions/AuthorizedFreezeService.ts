import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { freezeManagePermission } from '@releasekit/plugin-releases-common';
import type { FreezeInput, FreezeUpdate } from '../schema/openapi';
import type { FreezeService, ListFreezesQuery } from '../service/FreezeService';
import type { ReleaseAuthorizer } from './ReleaseAuthorizer';

/**
 * {@link FreezeService} behind the permission framework. Freeze windows are the organisation's
 * schedule, not anyone's data: every signed-in caller reads them (CI pipelines included), and only
 * those with the freeze-manage permission change them.
 */
export class AuthorizedFreezeService implements FreezeService {
  constructor(
    private readonly freezes: FreezeService,
    private readonly authorizer: ReleaseAuthorizer,
  ) {}

  /** No check: freezes are readable by every signed-in caller (see above). */
  list(query: ListFreezesQuery, credentials: BackstageCredentials) {
    return this.freezes.list(query, credentials);
  }

  /** No check: CI pipelines ask this before deploying, whoever they are. */
  activeFor(entityRef: string, credentials: BackstageCredentials) {
    return this.freezes.activeFor(entityRef, credentials);
  }

  /** No check, as activeFor: the schedule is everyone's to read. */
  status(entityRef: string, credentials: BackstageCredentials) {
    return this.freezes.status(entityRef, credentials);
  }

  async create(input: FreezeInput, credentials: BackstageCredentials) {
    await this.assertManager(credentials);
    return this.freezes.create(input, credentials);
  }

  async update(
    id: string,
    input: FreezeUpdate,
    credentials: BackstageCredentials,
  ) {
    await this.assertManager(credentials);
    return this.freezes.update(id, input, credentials);
  }

  async delete(id: string, credentials: BackstageCredentials) {
    await this.assertManager(credentials);
    return this.freezes.delete(id, credentials);
  }

  private assertManager(credentials: BackstageCredentials) {
    return this.authorizer.assertBasic(
      freezeManagePermission,
      credentials,
      'manage freeze windows',
    );
  }
}
