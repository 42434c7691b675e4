import { FREEZE_LOOKAHEAD_DAYS } from '../service/FreezeService';
import { entityRef, freezeOccurrence } from './actionSchemas';
import type { ReleaseActionDeps } from './ReleaseActionDeps';

/** `releases:get-freeze-status`: GET /freezes/active for assistants, with the next freeze ahead. */
export function registerGetFreezeStatus({
  registry,
  api,
  guards,
}: ReleaseActionDeps) {
  registry.register({
    name: 'get-freeze-status',
    title: 'Is an entity frozen now',
    description: `Tells whether releases of an entity are frozen right now, by which freeze windows, and the next freeze that will cover it (within ${FREEZE_LOOKAHEAD_DAYS} days). A component is covered by freezes that name it, its system or its owning group, and by organisation-wide freezes; a system or group by freezes that name it. Ask before planning or deploying.
Example: {"entityRef": "component:default/payment-gateway"}`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          entityRef: entityRef(z, 'The component, system or group'),
        }),
      output: z =>
        z.object({
          entityRef: z.string(),
          frozen: z.boolean(),
          windows: z
            .array(freezeOccurrence(z))
            .describe('The freezes in force now'),
          next: freezeOccurrence(z)
            .nullable()
            .describe(
              'The next freeze that will cover it; null when none is scheduled',
            ),
        }),
    },
    action: async ({ input, credentials }) =>
      guards.read(input, async () => ({
        output: await api.freezes.status(input.entityRef, credentials),
      })),
  });
}
