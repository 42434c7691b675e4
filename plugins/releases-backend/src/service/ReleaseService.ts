import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type {
  ActivityEntry,
  Page,
  Release,
  ReleaseAccess,
  ReleaseSummary,
} from '@releasekit/plugin-releases-common';
import type { ReleaseReadScope } from '../database/types';
import type {
  CreateReleaseRequest,
  ListReleases,
  UpdateReleaseRequest,
} from '../schema/openapi';

/** The query of GET /releases, as the spec declares it. */
export type ListReleasesQuery = ListReleases['query'];

/** Who asks, and (set by the authorised wrapper) which releases they may read. */
export interface ReadOptions {
  credentials: BackstageCredentials;
  /** Absent: every release. */
  readScope?: ReleaseReadScope;
}

/**
 * Release plans: listing, reading, creating, editing and deleting them, with the activity trail.
 * Status changes are the LifecycleService's, scope and checklist the ChecklistService's.
 */
export interface ReleaseService {
  listReleases(
    query: ListReleasesQuery,
    options: ReadOptions,
  ): Promise<Page<ReleaseSummary>>;
  /** With `access` (what the caller may do with it) when asked through the authorised service. */
  getRelease(
    id: string,
    credentials: BackstageCredentials,
  ): Promise<Release & { access?: ReleaseAccess }>;
  getActivity(
    id: string,
    limit: number | undefined,
    credentials: BackstageCredentials,
  ): Promise<ActivityEntry[]>;
  createRelease(
    input: CreateReleaseRequest,
    credentials: BackstageCredentials,
  ): Promise<Release>;
  updateRelease(
    id: string,
    input: UpdateReleaseRequest,
    credentials: BackstageCredentials,
  ): Promise<Release>;
  deleteRelease(id: string, credentials: BackstageCredentials): Promise<void>;
}
