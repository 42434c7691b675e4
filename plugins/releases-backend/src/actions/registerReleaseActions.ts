import type { AuditorService } from '@backstage/backend-plugin-api';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { ReleasesApi } from '../router/createRouter';
import { createActionGuards } from './actionGuards';
import { registerGetFreezeStatus } from './getFreezeStatusAction';
import { registerGetRelease } from './getReleaseAction';
import { registerListReleases } from './listReleasesAction';
import { registerPlanRelease } from './planReleaseAction';
import { registerReportCheckResult } from './reportCheckResultAction';
import { registerSetChecklistItemState } from './setChecklistItemStateAction';

/**
 * Registers the Releases actions in Backstage's actions registry (ids `releases:<name>`), where the
 * MCP backend offers them to AI assistants. Each calls the same authorised service as its HTTP route,
 * with the caller's credentials, so it makes the same permission decisions and fails with the same
 * errors (InputError, NotAllowedError, NotFoundError, ConflictError).
 */
export function registerReleaseActions(
  registry: ActionsRegistryService,
  api: ReleasesApi,
  options: { auditor: AuditorService },
): void {
  const deps = { registry, api, guards: createActionGuards(options.auditor) };
  registerListReleases(deps);
  registerGetRelease(deps);
  registerGetFreezeStatus(deps);
  registerPlanRelease(deps);
  registerSetChecklistItemState(deps);
  registerReportCheckResult(deps);
}
