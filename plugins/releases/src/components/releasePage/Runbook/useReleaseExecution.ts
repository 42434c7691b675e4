import { useApi } from '@backstage/core-plugin-api';
import type {
  Release,
  ReleaseExecution,
  ReleaseStatus,
} from '@releasekit/plugin-releases-common';
import useAsync from 'react-use/esm/useAsync';
import { releasesApiRef } from '../../../api';

/** A runbook is shown from planning until the release is over; drafts and cancelled releases have none. */
export const RUNBOOK_STATUSES: readonly ReleaseStatus[] = [
  'planned',
  'in_progress',
  'released',
  'rolled_back',
];

export interface ReleaseExecutionState {
  /** Whether the release's status has a runbook at all. */
  shown: boolean;
  execution?: ReleaseExecution;
  loading: boolean;
  error?: Error;
}

/**
 * The release's runbook, read again whenever `refreshKey` changes: the release page bumps it when
 * the release changed on the server, and a reported deployment signals the release. A reload keeps
 * the runbook shown until it answers.
 */
export function useReleaseExecution(
  release: Release | undefined,
  refreshKey: number,
): ReleaseExecutionState {
  const api = useApi(releasesApiRef);
  const id = release?.id;
  const shown = !!release && RUNBOOK_STATUSES.includes(release.status);
  const { value, loading, error } = useAsync(
    async () => (shown && id ? api.getReleaseExecution(id) : undefined),
    [api, id, shown, refreshKey],
  );
  return { shown, execution: shown ? value : undefined, loading, error };
}
