import { checklistItem, checklistItemState, id } from './actionSchemas';
import type { ReleaseActionDeps } from './ReleaseActionDeps';

/** `releases:set-checklist-item-state`: PATCH /releases/{id}/checklist/{itemId} for assistants. */
export function registerSetChecklistItemState({
  registry,
  api,
  guards,
}: ReleaseActionDeps) {
  registry.register({
    name: 'set-checklist-item-state',
    title: 'Set the state of a checklist item',
    description: `Marks a readiness checklist item of a release done, not applicable (a note must say why) or open again, as the caller. Take the ids from get-release (blockers.openRequiredItems, or the checklist with includeChecklist) and tick only items whose youMayUpdate is true: the release owner may set any item, a component's owners the items of their component. Items of released, rolled-back or cancelled releases cannot change. Give revision (the release's, from get-release) to change the item only if the release has not changed since; a stale one is refused with a conflict. Setting the state an item already has leaves it as it is.
Example: {"releaseId": "3f0c2a9e-7d1b-4c55-9a43-2b6f0e1d8c77", "itemId": "b7e2c1d4-0a9f-4e3b-8c6d-5f1a2e3b4c5d", "state": "done", "note": "Load test passed at 2,000 rps"}`,
    attributes: { readOnly: false, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          releaseId: id(z, 'The release id'),
          itemId: id(z, 'The checklist item id'),
          state: checklistItemState(z).describe(
            'done, not_applicable (with a note) or open',
          ),
          note: z
            .string()
            .max(4000)
            .optional()
            .describe('Why, or what was done; required for not_applicable'),
          evidenceUrl: z
            .string()
            .max(2000)
            .regex(/^https?:\/\//, { message: 'must be an http(s) URL' })
            .optional()
            .describe('A link to the evidence, e.g. a test report'),
          revision: z
            .number()
            .int()
            .min(1)
            .optional()
            .describe('The release revision the change is based on'),
        }),
      output: z => z.object({ item: checklistItem(z) }),
    },
    action: async ({ input, credentials }) => {
      const { releaseId, itemId, ...change } = input;
      return guards.write(
        {
          action: 'set-checklist-item-state',
          input,
          credentials,
          audit: {
            eventId: 'release-checklist-item-update',
            meta: { releaseId, itemId, fields: Object.keys(change) },
          },
        },
        async () => ({
          output: {
            item: await api.checklist.updateChecklistItem(
              releaseId,
              itemId,
              change,
              credentials,
            ),
          },
        }),
      );
    },
  });
}
