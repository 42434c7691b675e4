import type { LoggerService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
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
  releaseRequest,
} from './planRequest';
import { releasesApiError, releasesApiFor } from './releasesApi';
import type { ReleasesApiOptions } from './releasesApi';
import { DEFAULT_CATALOG_INFO_PATH } from './workspaceComponent';

export interface PlanReleaseActionOptions extends ReleasesApiOptions {
  catalog: CatalogService;
  /** The portal's address (app.baseUrl), for the link to the release page. */
  appBaseUrl: string;
  /** How often to look for components that are still being registered (default 2 s). */
  catalogPollMs?: number;
}

/** What a dry run outputs as the id of the release it did not plan. */
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
 * A dry run refuses components and owners the catalog does not know, as the API would, except
 * components that an earlier step is registering (waitForCatalog is given): those it names.
 */
function checkCatalogKnows(
  request: NewReleaseRequest,
  components: FoundEntities,
  owners: FoundEntities,
  waiting: boolean,
  logger: LoggerService,
): void {
  const missing = missingRefs(components, request.components);
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
  if (missingRefs(owners, [request.owner]).length) {
    throw new InputError(`Not in the catalog: ${request.owner}`);
  }
}

/**
 * `release:plan`: plans a release of the component a template makes (or of given components)
 * through the Releases API, on behalf of the user who runs the template, and outputs its id and page.
 */
export function createPlanReleaseAction(options: PlanReleaseActionOptions) {
  const { catalog, appBaseUrl, catalogPollMs = 2000 } = options;
  const pageOf = (id: string) =>
    `${appBaseUrl.replace(/\/$/, '')}/releases/${encodeURIComponent(id)}`;

  return createTemplateAction({
    id: 'release:plan',
    description:
      'Plans a release (a draft with its readiness checklist) of the new component or of given components, ' +
      'in the name of the user running the template; outputs the release id and the URL of its page.',
    supportsDryRun: true,
    schema: {
      input: {
        entityRef: z =>
          z
            .string({
              description:
                'The component to release, e.g. the entityRef output of catalog:register. Default: the ' +
                'component in the workspace catalog-info.yaml (see catalogInfoPath), when no components are given either.',
            })
            .optional(),
        components: z =>
          z
            .array(z.string(), {
              description:
                'Further components released together with it (refs; a bare name is a component)',
            })
            .optional(),
        title: z =>
          z
            .string({
              description:
                "Default: the component's name (the release is shown as <title> <version>)",
            })
            .optional(),
        version: z => z.string({ description: 'The version to release' }),
        windowStart: z =>
          z.string({
            description:
              'When the release window opens: ISO 8601 with an offset, e.g. 2027-03-01T09:00:00Z',
          }),
        windowEnd: z =>
          z
            .string({
              description: 'When it closes; or give duration instead',
            })
            .optional(),
        duration: z =>
          z
            .object({
              weeks: z.number().optional(),
              days: z.number().optional(),
              hours: z.number().optional(),
              minutes: z.number().optional(),
            })
            .strict()
            .describe('How long the window lasts, e.g. { hours: 2 }')
            .optional(),
        owner: z =>
          z
            .string({
              description:
                "The group or user who owns the release. Default: the first component's owner in the catalog",
            })
            .optional(),
        description: z => z.string().optional(),
        templateId: z =>
          z
            .string({
              description:
                'The release template (checklist) to use. Default: default',
            })
            .optional(),
        waitForCatalog: z =>
          z
            .object({
              minutes: z.number().optional(),
              seconds: z.number().optional(),
            })
            .strict()
            .describe(
              'How long to wait for components the catalog does not know yet, e.g. { minutes: 2 } ' +
                'after catalog:register. Default: no wait',
            )
            .optional(),
        catalogInfoPath: z =>
          z
            .string({
              description: `The descriptor in the workspace to take the component from. Default: ${DEFAULT_CATALOG_INFO_PATH}`,
            })
            .optional(),
      },
      output: {
        releaseId: z => z.string({ description: 'The id of the release' }),
        releaseUrl: z =>
          z.string({ description: "The URL of the release's page" }),
      },
    },
    async handler(ctx) {
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
      const request = releaseRequest(input, toRelease, found);

      if (ctx.isDryRun) {
        assertPlannable(request);
        checkCatalogKnows(
          request,
          found,
          await findEntities(catalog, [request.owner], credentials),
          waitMs > 0,
          logger,
        );
        logger.info(`Dry run: would plan ${describePlan(request)}`);
        ctx.output('releaseId', DRY_RUN_RELEASE_ID);
        ctx.output('releaseUrl', pageOf(DRY_RUN_RELEASE_ID));
        return;
      }

      const { client, token } = await releasesApiFor(options, credentials);
      // A task recovered after a restart runs its steps again: the checkpoint hands back the
      // release this step already planned instead of planning a second one.
      const releaseId = await ctx.checkpoint({
        key: 'plan-release',
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
    },
  });
}
