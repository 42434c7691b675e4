import type { Release } from '@releasekit/plugin-releases-common';
import type { ReleasesApi } from '../../../api';
import {
  componentChangesOf,
  updateRequestOf,
  type ReleaseFormValues,
} from './formValues';

/** What the server has of the release now: the revision an edit goes on, and the scope. */
export interface ServerSide {
  revision: number;
  components: string[];
}

/**
 * Applies an edit as the API takes it: the changed fields, then the components added, then each
 * removed, each on the revision the step before left. `onStep` hears of every step that went
 * through, so that a refusal halfway saves again from where the server is.
 */
export async function saveReleaseEdit(options: {
  api: ReleasesApi;
  release: Release;
  values: ReleaseFormValues;
  original: ReleaseFormValues;
  server: ServerSide;
  onStep: (server: ServerSide) => void;
}): Promise<Release> {
  const { api, release, values, original, onStep } = options;
  let saved = release;
  let current = options.server;
  const remember = (next: Release) => {
    saved = next;
    current = { revision: next.revision, components: next.components };
    onStep(current);
  };
  const update = updateRequestOf(values, original, current.revision);
  if (update) remember(await api.updateRelease(release.id, update));
  const scope = componentChangesOf(values, original, current.components);
  if (scope.add.length) {
    remember(await api.addComponents(release.id, scope.add, current.revision));
  }
  for (const ref of scope.remove) {
    remember(await api.removeComponent(release.id, ref));
  }
  return saved;
}
