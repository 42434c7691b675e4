import type { LoggerService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { ActionContext } from '@backstage/plugin-scaffolder-node';
import { durationToMilliseconds } from '@backstage/types';
import type { NewReleaseRequest } from '@releasekit/plugin-releases-node';
import {
  findEntities,
  type FoundEntities,
  missingRefs,
  waitForEntities,
} from './catalogEntities';
import {
  assertPlannable,
  componentsToRelease,
  type PlanInput,
  releaseRequest,
} from './planRequest';
import {
  releasesApiError,
  releasesApiFor,
  type ReleasesApiOptions,
} from './releasesApi';

/** @public */
export interface PlanReleaseActionOptions extends ReleasesApiOptions {
  catalog: CatalogService;
  /** The portal's address (app.baseUrl), for the link to the release page. */
  appBaseUrl: string;
  /** How often to look for components that are still being registered (default 2 s). */
  catalogPollMs?: number;
}

/**
 * What a dry run outputs as the id of the release it did not plan.
 *
 * @public
 */
export const DRY_RUN_RELEASE_ID = 'dry-run';

function describePlan(request: NewReleaseRequest): string {
  return (
    `"${request.title} ${request.version}" of ${request.components.join(
      ', ',
    )}, owned by ${request.owner}, ` +
    `in the window ${request.windowStart} to ${request.windowEnd}`
  );
}

/**
 * A dry run refuses components the catalog does not know, as the API would, except when an earlier
 * step is registering them (waitForCatalog is given): those it names.
 */
function checkComponentsKnown(
  components: string[],
  found: FoundEntities,
  waiting: boolean,
  logger: LoggerService,
): void {
  const missing = missingRefs(found, components);
  if (missing.length && !waiting) {
    throw new InputError(
      `components: not components in the catalog: ${missing.join(', ')}`,
    );
  }
  if (missing.length) {
    logger.info(
      `Not in the catalog yet: ${missing.join(
        ', ',
      )}; a real run waits for them (waitForCatalog) before planning`,
    );
  }
}

/**
 * What `release:plan` does: resolves the components, the owner and the title (waiting for the catalog
 * if told to), then plans the release through the API, or in a dry run checks and describes it.
 */
export async function planRelease(
  options: PlanReleaseActionOptions,
  ctx: ActionContext<PlanInput, { releaseId: string; releaseUrl: string }>,
): Promise<void> {
  const { catalog, appBaseUrl, catalogPollMs = 2000 } = options;
  const pageOf = (id: string) =>
    `${appBaseUrl.replace(/\/$/, '')}/releases/${encodeURIComponent(id)}`;
  const { input, logger } = ctx;
  const credentials = await ctx.getInitiatorCredentials();
  const toRelease = await componentsToRelease(input, ctx.workspacePath);
  const waitMs = input.waitForCatalog
    ? durationToMilliseconds(input.waitForCatalog)
    : 0;
  const found =
    ctx.isDryRun || waitMs === 0
      ? await findEntities(catalog, toRelease.components, credentials)
      : await waitForEntities(catalog, toRelease.components, credentials, {
          timeoutMs: waitMs,
          pollMs: catalogPollMs,
          logger,
          signal: ctx.signal,
        });
  if (ctx.isDryRun) {
    checkComponentsKnown(toRelease.components, found, waitMs > 0, logger);
  }
  const request = releaseRequest(input, toRelease, found);

  if (ctx.isDryRun) {
    assertPlannable(request);
    const owners = await findEntities(catalog, [request.owner], credentials);
    if (missingRefs(owners, [request.owner]).length) {
      throw new InputError(`Not in the catalog: ${request.owner}`);
    }
    logger.info(`Dry run: would plan ${describePlan(request)}`);
    ctx.output('releaseId', DRY_RUN_RELEASE_ID);
    ctx.output('releaseUrl', pageOf(DRY_RUN_RELEASE_ID));
    return;
  }

  const { client, token } = await releasesApiFor(options, credentials);
  // A task recovered after a restart runs its steps again: the checkpoint hands back the
  // release this step (this iteration of it, in a step with `each`) already planned instead of
  // planning a second one.
  const releaseId = await ctx.checkpoint({
    key: ctx.each ? `plan-release.${String(ctx.each.key)}` : 'plan-release',
    fn: async () => {
      try {
        return (await client.createRelease(request, { token })).id;
      } catch (error) {
        throw releasesApiError(error, 'plan the release');
      }
    },
  });
  logger.info(`Planned ${describePlan(request)}: ${pageOf(releaseId)}`);
  ctx.output('releaseId', releaseId);
  ctx.output('releaseUrl', pageOf(releaseId));
}
