import type {
  ActionItem,
  ChecklistCategory,
  ChecklistItemState,
  DecisionVerdict,
  Incident,
  OutcomeResult,
  ReleaseStatus,
  Risk,
} from '@releasekit/plugin-releases-common';

/** What the API's request bodies and queries carry into the services, after schema validation. */

export interface ListReleasesQuery {
  entityRef?: string;
  owner?: string;
  status?: string;
  from?: string;
  to?: string;
  q?: string;
  limit?: number;
  cursor?: string;
}

export interface CreateReleaseInput {
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

export interface UpdateReleaseInput {
  revision: number;
  title?: string;
  version?: string;
  windowStart?: string;
  windowEnd?: string;
  owner?: string;
  description?: string;
  risks?: Risk[];
  stakeholders?: string[];
}

export interface DecisionInput {
  decision: DecisionVerdict;
  rationale: string;
  attendees?: string[];
}

export interface OutcomeInput {
  result: OutcomeResult;
  releasedAt: string;
  incidents?: Incident[];
  lessonsLearned?: string;
  actionItems?: ActionItem[];
  revision?: number;
}

export interface MetricsQuery {
  from?: string;
  to?: string;
  owner?: string;
  entityRef?: string;
}

export interface TransitionInput {
  to: ReleaseStatus;
  reason?: string;
  override?: boolean;
  revision?: number;
}

export interface AddChecklistItemInput {
  title: string;
  category: ChecklistCategory;
  componentRef?: string | null;
  required?: boolean;
  assignee?: string;
}

export interface UpdateChecklistItemInput {
  state?: ChecklistItemState;
  note?: string | null;
  evidenceUrl?: string | null;
  revision?: number;
}
