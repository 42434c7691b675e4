import { createApiRef } from '@backstage/core-plugin-api';
import type {
  ActivityEntry,
  ChecklistCategory,
  ChecklistItem,
  ChecklistItemState,
  ChecklistTemplate,
  Page,
  Release,
  ReleaseInsights,
  ReleaseStatus,
  ReleaseSummary,
  Risk,
} from '@releasekit/plugin-releases-common';

export interface ListReleasesQuery {
  entityRef?: string;
  owner?: string;
  status?: ReleaseStatus[];
  from?: string;
  to?: string;
  q?: string;
  limit?: number;
  cursor?: string;
}

export interface CreateReleaseRequest {
  title: string;
  version: string;
  windowStart: string;
  windowEnd: string;
  owner: string;
  components: string[];
  description?: string;
  risks?: Risk[];
  stakeholders?: string[];
  templateId?: string;
}

export type UpdateReleaseRequest = Partial<
  Omit<CreateReleaseRequest, 'components' | 'templateId'>
> & { revision: number };

export interface TransitionRequest {
  to: ReleaseStatus;
  reason?: string;
  override?: boolean;
  revision?: number;
}

export interface UpdateChecklistItemRequest {
  state?: ChecklistItemState;
  note?: string | null;
  evidenceUrl?: string | null;
  revision?: number;
}

export interface AddChecklistItemRequest {
  title: string;
  category: ChecklistCategory;
  componentRef?: string | null;
  required?: boolean;
  assignee?: string;
}

/** The Releases backend API, as the frontend uses it. Errors are thrown as ResponseError. */
export interface ReleasesApi {
  listReleases(query?: ListReleasesQuery): Promise<Page<ReleaseSummary>>;
  getRelease(id: string): Promise<Release>;
  createRelease(request: CreateReleaseRequest): Promise<Release>;
  updateRelease(id: string, request: UpdateReleaseRequest): Promise<Release>;
  deleteRelease(id: string): Promise<void>;
  transition(id: string, request: TransitionRequest): Promise<Release>;
  addComponents(
    id: string,
    components: string[],
    revision?: number,
  ): Promise<Release>;
  removeComponent(id: string, entityRef: string): Promise<Release>;
  addChecklistItem(
    id: string,
    request: AddChecklistItemRequest,
  ): Promise<ChecklistItem>;
  updateChecklistItem(
    id: string,
    itemId: string,
    request: UpdateChecklistItemRequest,
  ): Promise<ChecklistItem>;
  getActivity(id: string): Promise<ActivityEntry[]>;
  /** Dependencies from the catalog, suggested order, warnings and conflicts. */
  getInsights(id: string): Promise<ReleaseInsights>;
  listTemplates(): Promise<ChecklistTemplate[]>;
}

export const releasesApiRef = createApiRef<ReleasesApi>({
  id: 'plugin.releases.api',
});
