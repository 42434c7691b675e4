import type { ReleaseSummary } from '@releasekit/plugin-releases-common';
import {
  entityRef,
  releaseStatus,
  releaseSummary,
  timestamp,
} from './actionSchemas';
import type { ReleaseActionDeps } from './ReleaseActionDeps';

/** A summary without template and authorship, and risk without its factors: a list stays short. */
export function summaryOf(release: ReleaseSummary) {
  return {
    id: release.id,
    title: release.title,
    version: release.version,
    status: release.status,
    owner: release.owner,
    windowStart: release.windowStart,
    windowEnd: release.windowEnd,
    components: release.components,
    revision: release.revision,
    readiness: {
      ready: release.readiness.ready,
      percent: release.readiness.percent,
      total: release.readiness.total,
      settled: release.readiness.settled,
      requiredOpen: release.readiness.requiredOpen,
    },
    risk: release.risk
      ? { score: release.risk.score, level: release.risk.level }
      : null,
  };
}

/** `releases:list-releases`: GET /releases for assistants. */
export function registerListReleases({
  registry,
  api,
  guards,
}: ReleaseActionDeps) {
  registry.register({
    name: 'list-releases',
    title: 'List releases',
    description: `Lists the release plans the caller may read, the latest release window first.
Filters (all optional, combined with AND):
- entityRef: releases that include this component, or any component of this system (e.g. component:default/cart-service, system:default/payments).
- owner: releases owned by this user or group (e.g. group:default/checkout-team).
- status: any of draft, planned, in_progress, released, rolled_back, cancelled.
- from / to: releases whose window ends at or after \`from\` / starts before \`to\` (ISO 8601 with an offset, e.g. 2027-03-01T00:00:00Z).
- query: text in the title or version.
Each release comes with its readiness (requiredOpen = required checklist items still open, which block it) and its risk score; get-release tells what blocks one. When nextCursor is returned, call again with it as cursor for the next page.
Example: {"entityRef": "component:default/cart-service", "status": ["planned", "in_progress"], "from": "2027-03-01T00:00:00Z"}`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          entityRef: entityRef(z, 'A component or system').optional(),
          owner: entityRef(z, 'The owning user or group').optional(),
          status: z
            .array(releaseStatus(z))
            .min(1)
            .max(6)
            .optional()
            .describe('Statuses to include'),
          from: timestamp(z, 'Window ends at or after').optional(),
          to: timestamp(z, 'Window starts before').optional(),
          query: z
            .string()
            .max(200)
            .optional()
            .describe('Text in the title or version'),
          limit: z
            .number()
            .int()
            .min(1)
            .max(200)
            .optional()
            .describe('At most this many releases (1 to 200, default 50)'),
          cursor: z
            .string()
            .max(500)
            .optional()
            .describe('nextCursor of the previous page'),
        }),
      output: z =>
        z.object({
          releases: z.array(releaseSummary(z)),
          nextCursor: z
            .string()
            .optional()
            .describe('Present when there are more releases'),
        }),
    },
    action: async ({ input, credentials }) =>
      guards.read(input, async () => {
        const { status, query, ...filters } = input;
        const page = await api.releases.listReleases(
          { ...filters, status: status?.join(','), q: query },
          { credentials },
        );
        return {
          output: {
            releases: page.items.map(summaryOf),
            ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
          },
        };
      }),
  });
}
