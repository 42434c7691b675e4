import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { ReleasesApi } from '../router/createRouter';
import type { ActionGuards } from './actionGuards';

/** What each action is registered with: the registry, the API's authorised services, the guards. */
export interface ReleaseActionDeps {
  registry: ActionsRegistryService;
  api: ReleasesApi;
  guards: ActionGuards;
}
