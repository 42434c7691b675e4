import type {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import type { FreezeOccurrence } from '@releasekit/plugin-releases-common';
import { findEntities, missingRefs } from './catalogEntities';
import { fullRef, given } from './entityRefs';
import {
  releasesApiError,
  releasesApiFor,
  type ReleasesApiOptions,
} from './releasesApi';
import {
  DEFAULT_CATALOG_INFO_PATH,
  readWorkspaceComponent,
} from './workspaceComponent';

/** @public */
export interface AssertNotFrozenActionOptions extends ReleasesApiOptions {
  catalog: CatalogService;
}

interface FreezeInForce {
  window: FreezeOccurrence;
  /** The checked refs it covers. */
  refs: string[];
}

function until(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function describeFreezes(freezes: FreezeInForce[]): string {
  const each = freezes.map(
    ({ window, refs }) =>
      `"${window.title}" until ${until(window.end)}` +
      `${window.reason ? ` (${window.reason})` : ''}, covering ${refs.join(
        ', ',
      )}`,
  );
  return `Frozen now, nothing may be released: ${each.join('; ')}`;
}

/**
 * The refs to check: those given, or else the component the workspace describes. A new component
 * is not in the catalog yet, so the API cannot place it; the freezes that will cover it are those
 * of its system and its owner (and the organisation-wide ones, which cover every ref).
 */
async function refsToCheck(
  input: {
    entityRef?: string;
    entityRefs?: string[];
    catalogInfoPath?: string;
  },
  workspacePath: string,
  catalog: CatalogService,
  credentials: BackstageCredentials,
  logger: LoggerService,
): Promise<string[]> {
  const refs = [input.entityRef, ...(input.entityRefs ?? [])]
    .map(given)
    .filter((ref): ref is string => !!ref)
    .map(ref => fullRef(ref, 'component'));
  if (refs.length) return refs;
  const described = await readWorkspaceComponent(
    workspacePath,
    input.catalogInfoPath,
  );
  const found = await findEntities(catalog, [described.entityRef], credentials);
  if (!missingRefs(found, [described.entityRef]).length) {
    return [described.entityRef];
  }
  const scope = [described.systemRef, described.ownerRef].filter(
    (ref): ref is string => !!ref,
  );
  logger.info(
    `${
      described.entityRef
    } is not in the catalog yet: checking the freezes of ${
      scope.length ? scope.join(' and ') : 'the whole organisation'
    }`,
  );
  // With neither a system nor an owner, only organisation-wide freezes apply: any ref asks for them.
  return scope.length ? scope : [described.entityRef];
}

/**
 * `release:assert-not-frozen`: fails the run while a freeze window is in force for the component
 * (or the given entities), naming the freezes. Read-only, so a dry run checks for real.
 *
 * @public
 */
export function createAssertNotFrozenAction(
  options: AssertNotFrozenActionOptions,
) {
  return createTemplateAction({
    id: 'release:assert-not-frozen',
    description:
      'Fails the run when a release freeze is in force now for the component or the given entities ' +
      '(their systems and owning groups included), naming the freeze windows and until when they last.',
    supportsDryRun: true,
    schema: {
      input: {
        entityRef: z =>
          z
            .string({
              description:
                'The entity to check (a bare name is a component). Default: the component in the ' +
                'workspace catalog-info.yaml, or its system and owner while the catalog does not know it yet',
            })
            .optional(),
        entityRefs: z =>
          z
            .array(z.string(), { description: 'More entities to check' })
            .optional(),
        catalogInfoPath: z =>
          z
            .string({
              description: `The descriptor in the workspace to take the component from. Default: ${DEFAULT_CATALOG_INFO_PATH}`,
            })
            .optional(),
      },
      output: {
        frozen: z =>
          z.boolean({
            description: 'Always false: a frozen target fails the step',
          }),
      },
    },
    async handler(ctx) {
      const credentials = await ctx.getInitiatorCredentials();
      const refs = await refsToCheck(
        ctx.input,
        ctx.workspacePath,
        options.catalog,
        credentials,
        ctx.logger,
      );
      const { client, token } = await releasesApiFor(options, credentials);
      const freezes = new Map<string, FreezeInForce>();
      for (const ref of refs) {
        let active;
        try {
          active = await client.getActiveFreezes(ref, { token });
        } catch (error) {
          throw releasesApiError(error, `check the freezes of ${ref}`);
        }
        for (const window of active.windows) {
          // A recurring freeze has one occurrence in force: its id and start name it.
          const id = `${window.freezeId}@${window.start}`;
          const entry = freezes.get(id) ?? { window, refs: [] };
          entry.refs.push(active.entityRef);
          freezes.set(id, entry);
        }
      }
      if (freezes.size) {
        throw new ConflictError(describeFreezes([...freezes.values()]));
      }
      ctx.logger.info(`No freeze in force for ${refs.join(', ')}`);
      ctx.output('frozen', false);
    },
  });
}
