import { id } from './actionSchemas';
import type { ReleaseActionDeps } from './ReleaseActionDeps';
import {
  releaseWithBlockers,
  toReleaseWithBlockers,
} from './releaseWithBlockers';

/** `releases:get-release`: GET /releases/{id} for assistants, with what blocks the release up front. */
export function registerGetRelease({
  registry,
  api,
  guards,
}: ReleaseActionDeps) {
  registry.register({
    name: 'get-release',
    title: 'Get a release and what blocks it',
    description: `Reads one release plan by its id (from list-releases): its summary, description and stakeholders; its readiness per component; what blocks it — the required checklist items still open and the automated checks whose latest result failed (a failed required check also blocks a go decision); and its risk score with the factors that add to it. youMay tells what the caller may change.
Set includeChecklist to also get every checklist item with its id and state, e.g. before setting the state of an item that is not required (set-checklist-item-state).
Example: {"releaseId": "3f0c2a9e-7d1b-4c55-9a43-2b6f0e1d8c77"}`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          releaseId: id(z, 'The release id'),
          includeChecklist: z
            .boolean()
            .optional()
            .describe('Also return every checklist item (default false)'),
        }),
      output: releaseWithBlockers,
    },
    action: async ({ input, credentials }) =>
      guards.read(input, async () => ({
        output: toReleaseWithBlockers(
          await api.releases.getRelease(input.releaseId, credentials),
          input.includeChecklist ?? false,
        ),
      })),
  });
}
