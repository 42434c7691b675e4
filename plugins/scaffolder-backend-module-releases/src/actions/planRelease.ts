import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  planRelease,
  type PlanReleaseActionOptions,
} from './planReleaseHandler';
import { DEFAULT_CATALOG_INFO_PATH } from './workspaceComponent';

export {
  DRY_RUN_RELEASE_ID,
  type PlanReleaseActionOptions,
} from './planReleaseHandler';

/**
 * `release:plan`: plans a release of the component a template makes (or of given components)
 * through the Releases API, on behalf of the user who runs the template, and outputs its id and page.
 *
 * @public
 */
export function createPlanReleaseAction(options: PlanReleaseActionOptions) {
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
    handler: ctx => planRelease(options, ctx),
  });
}
