import type {
  CurrentDeployments,
  ReleaseExecution,
} from '@releasekit/plugin-releases-common';
import { http, HttpResponse } from 'msw';
import type { SetupServer } from 'msw/node';
import { RELEASES_BASE_URL } from './apis';

/**
 * A release's runbook as the backend would answer it while pipelines report: the test changes it
 * behind the page's back (then publishes the release's signal, as the backend does). Also answers
 * what is deployed where, per component, for opened steps.
 */
export function serveExecution(
  server: SetupServer,
  initial: ReleaseExecution | (() => Response | Promise<Response>),
  current: Record<string, CurrentDeployments> = {},
) {
  let answer = initial;
  let reads = 0;
  server.use(
    http.get(`${RELEASES_BASE_URL}/releases/:id/execution`, () => {
      reads += 1;
      return typeof answer === 'function'
        ? answer()
        : HttpResponse.json(answer);
    }),
    http.get(`${RELEASES_BASE_URL}/deployments/current`, ({ request }) => {
      const entityRef = new URL(request.url).searchParams.get('entityRef')!;
      return HttpResponse.json(
        current[entityRef] ?? {
          entityRef,
          environments: [
            { name: 'staging', production: false, deployment: null },
            { name: 'production', production: true, deployment: null },
          ],
        },
      );
    }),
  );
  return {
    /** The runbook as it is now, after reports the page has not seen yet. */
    change: (next: ReleaseExecution) => {
      answer = next;
    },
    reads: () => reads,
  };
}
