import type {
  ActivityEntry,
  Release,
} from '@releasekit/plugin-releases-common';
import { http, HttpResponse } from 'msw';
import { errorResponse, RELEASES_BASE_URL } from './apis';
import { anExecution, anExecutionStep } from './deploymentFixtures';
import { aRelease } from './fixtures';

/** One release as an in-memory test backend holds it: every change bumps its revision. */
export class HeldRelease {
  /** How many times the release itself was read. */
  reads = 0;

  constructor(public current: Release) {}

  change(next: Partial<Release>) {
    this.current = aRelease({
      ...this.current,
      ...next,
      revision: this.current.revision + 1,
    });
  }
}

/**
 * What the release page reads, answered as the OpenAPI spec says: the release (404 for another
 * id), its activity, its insights (no dependencies), its runbook (every component pending, in the
 * suggested order or the release's own) and an empty list of releases.
 */
export function releaseReadHandlers(
  held: HeldRelease,
  answers: { activity?: ActivityEntry[]; suggestedOrder?: string[] } = {},
) {
  return [
    http.get(`${RELEASES_BASE_URL}/releases/:id`, ({ params }) => {
      if (params.id !== held.current.id) {
        return errorResponse(
          404,
          'NotFoundError',
          `No release with id ${params.id}`,
        );
      }
      held.reads += 1;
      return HttpResponse.json(held.current);
    }),
    http.get(`${RELEASES_BASE_URL}/releases/:id/activity`, () =>
      HttpResponse.json({ items: answers.activity ?? [] }),
    ),
    http.get(`${RELEASES_BASE_URL}/releases/:id/insights`, () =>
      HttpResponse.json({
        releaseId: held.current.id,
        releaseStatus: held.current.status,
        degraded: false,
        components: [],
        suggestedOrder: answers.suggestedOrder ?? [],
        cycles: [],
        warnings: [],
        conflicts: [],
      }),
    ),
    http.get(`${RELEASES_BASE_URL}/releases/:id/execution`, () =>
      HttpResponse.json(
        anExecution(
          (answers.suggestedOrder ?? held.current.components).map(
            (entityRef, index) =>
              anExecutionStep({ entityRef, order: index + 1 }),
          ),
          { releaseId: held.current.id },
        ),
      ),
    ),
    http.get(`${RELEASES_BASE_URL}/releases`, () =>
      HttpResponse.json({ items: [] }),
    ),
  ];
}
