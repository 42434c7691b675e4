import { entityRef, id, releaseSummary, timestamp } from './actionSchemas';
import { summaryOf } from './listReleasesAction';
import type { ReleaseActionDeps } from './ReleaseActionDeps';

/** `releases:plan-release`: POST /releases for assistants. */
export function registerPlanRelease({
  registry,
  api,
  guards,
}: ReleaseActionDeps) {
  const templates = api.templates.map(t => `${t.id} (${t.title})`).join(', ');
  registry.register({
    name: 'plan-release',
    title: 'Plan a release',
    description: `Creates a release plan, as a draft, in the caller's name: a title and version, a release window (windowStart before windowEnd, at most 90 days apart, ISO 8601 with an offset), the owner (the caller or a group the caller belongs to, as an entity ref) and the components it ships (component refs from the catalog). The checklist comes from the template (${templates}; default: default) with items for each component. Calling it twice plans two releases: check with list-releases first. Refused while the caller may not plan for that owner.
Example: {"title": "Checkout spring release", "version": "2.4.0", "windowStart": "2027-03-04T09:00:00Z", "windowEnd": "2027-03-04T12:00:00Z", "owner": "group:default/checkout-team", "components": ["component:default/cart-service"]}`,
    attributes: { readOnly: false, idempotent: false, destructive: false },
    schema: {
      input: z =>
        z.object({
          title: z.string().min(1).max(200).describe('What ships, in words'),
          version: z.string().min(1).max(64).describe('e.g. 2.4.0'),
          windowStart: timestamp(z, 'When the release window opens'),
          windowEnd: timestamp(z, 'When it closes'),
          owner: entityRef(z, 'The owning user or group'),
          components: z
            .array(entityRef(z, 'A component'))
            .max(200)
            .describe('The components it ships'),
          description: z
            .string()
            .max(20000)
            .optional()
            .describe('Goals and notes, in Markdown'),
          templateId: id(z, 'The checklist template').optional(),
        }),
      output: z =>
        z.object({
          release: releaseSummary(z).extend({ templateId: z.string() }),
          checklistItems: z
            .number()
            .describe('Items the checklist starts with'),
        }),
    },
    action: async ({ input, credentials }) =>
      guards.write(
        {
          action: 'plan-release',
          input,
          credentials,
          audit: {
            eventId: 'release-create',
            meta: { title: input.title, components: input.components },
          },
        },
        async () => {
          const release = await api.releases.createRelease(input, credentials);
          return {
            output: {
              release: {
                ...summaryOf(release),
                templateId: release.templateId,
              },
              checklistItems: release.checklist.length,
            },
          };
        },
      ),
  });
}
