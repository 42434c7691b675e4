import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  allowedTransitions,
  canTransition,
  computeReadiness,
  isClosedStatus,
  readinessFromCounts,
  STATUS_LABELS,
  type ActivityEntry,
  type ChecklistCategory,
  type ChecklistItem,
  type ChecklistItemState,
  type ChecklistTemplate,
  type Page,
  type Release,
  type ReleaseStatus,
  type ReleaseSummary,
  type Risk,
  findConflicts,
  type FreezeOccurrence,
  type ReleaseInsights,
  type ActionItem,
  type Decision,
  type DecisionVerdict,
  type Incident,
  type OutcomeResult,
  type ReleaseMetrics,
  statusAfterOutcome,
} from '@releasekit/plugin-releases-common';
import { randomUUID } from 'node:crypto';
import type {
  ComponentCatalog,
  ComponentFacts,
} from '../catalog/ComponentCatalog';
import type { ReleaseStore } from '../database/ReleaseStore';
import type {
  ActivityInput,
  NewChecklistItem,
  ReleaseFields,
  StoredComponent,
  StoredRelease,
  StoredReleaseWithChecklist,
  StoredReleaseWithCounts,
} from '../database/types';
import { actorOf } from './actor';
import type { FreezeService } from './FreezeService';
import type { InsightsService } from './InsightsService';
import { normalizeEntityRef, normalizeEntityRefs } from './entityRefs';
import { describeShift, parseTimestamp, parseWindow } from './windows';

const PARTY_KINDS = ['user', 'group'];

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

function toSummary(release: StoredReleaseWithCounts): ReleaseSummary {
  return {
    id: release.id,
    title: release.title,
    version: release.version,
    status: release.status,
    owner: release.owner,
    windowStart: release.windowStart,
    windowEnd: release.windowEnd,
    components: release.components.map(c => c.entityRef),
    templateId: release.templateId,
    revision: release.revision,
    readiness: readinessFromCounts(release.counts),
    createdAt: release.createdAt,
    createdBy: release.createdBy,
    updatedAt: release.updatedAt,
    updatedBy: release.updatedBy,
  };
}

export function toRelease(release: StoredReleaseWithChecklist): Release {
  const components = release.components.map(c => c.entityRef);
  return {
    id: release.id,
    title: release.title,
    version: release.version,
    status: release.status,
    owner: release.owner,
    windowStart: release.windowStart,
    windowEnd: release.windowEnd,
    components,
    templateId: release.templateId,
    revision: release.revision,
    description: release.description,
    risks: release.risks,
    stakeholders: release.stakeholders,
    checklist: release.checklist,
    readiness: computeReadiness(components, release.checklist),
    decisions: release.decisions,
    outcome: release.outcome,
    createdAt: release.createdAt,
    createdBy: release.createdBy,
    updatedAt: release.updatedAt,
    updatedBy: release.updatedBy,
  };
}

/**
 * The rules of release plans: validation, the status lifecycle, checklist templates and the activity
 * trail. SQL lives in the store, catalog reads in ComponentCatalog, readiness maths in releases-common.
 */
export class ReleaseService {
  constructor(
    private readonly store: ReleaseStore,
    private readonly catalog: ComponentCatalog,
    private readonly templates: ChecklistTemplate[],
    private readonly freezes?: FreezeService,
    private readonly now: () => number = Date.now,
  ) {}

  async getInsights(
    id: string,
    insights: InsightsService,
    credentials: BackstageCredentials,
  ): Promise<ReleaseInsights> {
    return insights.insights(await this.load(id), credentials);
  }

  /**
   * Whether an entity is frozen now. A component is covered by freezes naming it, its system or its
   * owning group, as the catalog says (one request); other entities by freezes naming them.
   */
  async activeFreezes(
    entityRef: string,
    freezes: FreezeService,
    credentials: BackstageCredentials,
  ): Promise<{
    entityRef: string;
    frozen: boolean;
    windows: FreezeOccurrence[];
  }> {
    const ref = normalizeEntityRef(entityRef, 'entityRef');
    const scope = [ref];
    if (ref.startsWith('component:')) {
      const facts = await this.catalog.describe(
        { components: [ref], parties: [] },
        credentials,
      );
      const component = facts.get(ref)!;
      scope.push(
        ...[component.systemRef, component.ownerRef].filter(
          (r): r is string => !!r,
        ),
      );
    }
    const windows = (await freezes.activeNow()).filter(
      w =>
        w.entityRefs.length === 0 || w.entityRefs.some(r => scope.includes(r)),
    );
    return { entityRef: ref, frozen: windows.length > 0, windows };
  }

  listTemplates(): ChecklistTemplate[] {
    return this.templates;
  }

  async listReleases(query: ListReleasesQuery): Promise<Page<ReleaseSummary>> {
    const statuses = query.status
      ?.split(',')
      .map(s => s.trim())
      .filter(Boolean) as ReleaseStatus[] | undefined;
    const unknown = statuses?.filter(s => !(s in STATUS_LABELS));
    if (unknown?.length) {
      throw new InputError(`status: unknown status ${unknown.join(', ')}`);
    }
    const from = query.from ? parseTimestamp(query.from, 'from') : undefined;
    const to = query.to ? parseTimestamp(query.to, 'to') : undefined;
    if (from !== undefined && to !== undefined && to <= from) {
      throw new InputError('to: must be after from');
    }
    const result = await this.store.listReleases({
      filter: {
        entityRef: query.entityRef
          ? normalizeEntityRef(query.entityRef, 'entityRef')
          : undefined,
        owner: query.owner
          ? normalizeEntityRef(query.owner, 'owner')
          : undefined,
        statuses,
        from,
        to,
        q: query.q?.trim() || undefined,
      },
      limit: query.limit ?? 50,
      cursor: query.cursor,
    });
    return {
      items: result.items.map(toSummary),
      ...(result.nextCursor ? { nextCursor: result.nextCursor } : {}),
    };
  }

  async getRelease(id: string): Promise<Release> {
    return toRelease(await this.load(id));
  }

  async getActivity(id: string, limit = 200): Promise<ActivityEntry[]> {
    await this.load(id);
    return this.store.listActivity(id, limit);
  }

  async createRelease(
    input: CreateReleaseInput,
    credentials: BackstageCredentials,
  ): Promise<Release> {
    const { start, end } = parseWindow(input.windowStart, input.windowEnd);
    const owner = normalizeEntityRef(input.owner, 'owner', PARTY_KINDS);
    const stakeholders = normalizeEntityRefs(
      input.stakeholders ?? [],
      'stakeholders',
      PARTY_KINDS,
    );
    const components = normalizeEntityRefs(input.components, 'components', [
      'component',
    ]);
    const template = this.template(input.templateId ?? 'default');
    const facts = await this.catalog.describe(
      { components, parties: [owner, ...stakeholders] },
      credentials,
    );

    const id = randomUUID();
    const at = this.now();
    const actor = actorOf(credentials);
    const stored = components.map(ref => facts.get(ref)!);
    const carried = await this.carriedActionItems(
      template.id,
      components,
      owner,
    );
    const items = [
      ...this.releaseItems(template, owner),
      ...stored.flatMap(c => this.componentItems(template, c)),
      ...carried.items,
    ];
    await this.store.insertRelease(
      {
        id,
        title: input.title.trim(),
        version: input.version.trim(),
        description: input.description ?? '',
        risks: input.risks ?? [],
        owner,
        stakeholders,
        templateId: template.id,
        status: 'draft',
        windowStart: start,
        windowEnd: end,
        plannedAt: null,
        components: stored,
        items,
        carriedActionItemIds: carried.actionItemIds,
      },
      actor,
      at,
      [
        {
          action: 'release.created',
          summary: `Created ${input.title.trim()} ${input.version.trim()} with ${
            components.length
          } component(s) from the "${template.title}" template`,
          after: {
            title: input.title,
            version: input.version,
            owner,
            components,
          },
        },
      ],
    );
    return this.getRelease(id);
  }

  async updateRelease(
    id: string,
    input: UpdateReleaseInput,
    credentials: BackstageCredentials,
  ): Promise<Release> {
    const current = await this.load(id);
    this.assertOpen(current, 'edited');
    const fields: ReleaseFields = {};
    const activity: ActivityInput[] = [];
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const record = (key: string, from: unknown, to: unknown) => {
      before[key] = from;
      after[key] = to;
    };

    if (input.title !== undefined && input.title.trim() !== current.title) {
      fields.title = input.title.trim();
      record('title', current.title, fields.title);
    }
    if (
      input.version !== undefined &&
      input.version.trim() !== current.version
    ) {
      fields.version = input.version.trim();
      record('version', current.version, fields.version);
    }
    if (
      input.description !== undefined &&
      input.description !== current.description
    ) {
      fields.description = input.description;
      record('description', current.description, input.description);
    }
    if (input.risks !== undefined) {
      fields.risks = input.risks;
      record('risks', current.risks, input.risks);
    }
    const parties: string[] = [];
    if (input.owner !== undefined) {
      const owner = normalizeEntityRef(input.owner, 'owner', PARTY_KINDS);
      if (owner !== current.owner) {
        fields.owner = owner;
        parties.push(owner);
        record('owner', current.owner, owner);
      }
    }
    if (input.stakeholders !== undefined) {
      const stakeholders = normalizeEntityRefs(
        input.stakeholders,
        'stakeholders',
        PARTY_KINDS,
      );
      fields.stakeholders = stakeholders;
      parties.push(
        ...stakeholders.filter(s => !current.stakeholders.includes(s)),
      );
      record('stakeholders', current.stakeholders, stakeholders);
    }
    if (input.windowStart !== undefined || input.windowEnd !== undefined) {
      const { start, end } = parseWindow(
        input.windowStart ?? current.windowStart,
        input.windowEnd ?? current.windowEnd,
      );
      const oldStart = Date.parse(current.windowStart);
      const oldEnd = Date.parse(current.windowEnd);
      if (start !== oldStart || end !== oldEnd) {
        fields.windowStart = start;
        fields.windowEnd = end;
        activity.push({
          action: 'release.window_moved',
          summary: `Moved the window: start ${describeShift(
            oldStart,
            start,
          )}, end ${describeShift(oldEnd, end)}`,
          before: {
            windowStart: current.windowStart,
            windowEnd: current.windowEnd,
          },
          after: {
            windowStart: new Date(start).toISOString(),
            windowEnd: new Date(end).toISOString(),
          },
        });
      }
    }
    if (parties.length) {
      await this.catalog.describe({ components: [], parties }, credentials);
    }
    const changed = Object.keys(after);
    if (changed.length) {
      activity.unshift({
        action: 'release.updated',
        summary: `Changed ${changed.join(', ')}`,
        before,
        after,
      });
    }
    if (activity.length === 0) {
      // Nothing changed; still check the revision so a stale client learns about it.
      if (input.revision !== current.revision) {
        throw this.staleRevision(id, input.revision, current.revision);
      }
      return toRelease(current);
    }
    await this.store.applyChange({
      releaseId: id,
      expectedRevision: input.revision,
      actor: actorOf(credentials),
      at: this.now(),
      fields,
      activity,
    });
    return this.getRelease(id);
  }

  async deleteRelease(
    id: string,
    credentials: BackstageCredentials,
  ): Promise<void> {
    const current = await this.load(id);
    if (current.status !== 'draft') {
      throw new ConflictError(
        `Only drafts can be deleted; this release is ${STATUS_LABELS[
          current.status
        ].toLocaleLowerCase('en-US')}. Cancel it instead.`,
      );
    }
    const deleted = await this.store.deleteRelease(
      id,
      'draft',
      actorOf(credentials),
      this.now(),
      [
        {
          action: 'release.deleted',
          summary: `Deleted the draft ${current.title} ${current.version}`,
          before: { title: current.title, version: current.version },
        },
      ],
    );
    if (!deleted) {
      throw new ConflictError(
        `Release ${id} changed while it was being deleted; reload it`,
      );
    }
  }

  async transition(
    id: string,
    input: TransitionInput,
    credentials: BackstageCredentials,
  ): Promise<Release> {
    const current = await this.load(id);
    if (!canTransition(current.status, input.to)) {
      const allowed = allowedTransitions(current.status);
      throw new ConflictError(
        `A release that is ${current.status} cannot move to ${input.to}; ${
          allowed.length
            ? `allowed: ${allowed.join(', ')}`
            : 'it is closed and cannot change status'
        }`,
      );
    }
    if (input.override && !input.reason?.trim()) {
      throw new InputError('reason: an override needs a reason');
    }
    const activity: ActivityInput[] = [];
    if (input.to === 'in_progress') {
      const blocker = this.startBlocker(current);
      if (blocker) {
        if (!input.override) {
          throw new ConflictError(
            `Not ready to start: ${blocker}. Record a go decision, settle the items, or start with override and a reason.`,
          );
        }
        activity.push({
          action: 'release.override',
          summary: `Started although ${blocker}: ${input.reason}`,
          after: { reason: input.reason, blocker },
        });
      }
    }
    if (
      (input.to === 'planned' || input.to === 'in_progress') &&
      this.freezes
    ) {
      const frozen = await this.freezeConflicts(current);
      if (frozen.length && !input.override) {
        throw new ConflictError(
          `${frozen
            .map(c => c.message)
            .join(
              '; ',
            )}. Move the window, or go ahead with override and a reason.`,
        );
      }
      if (frozen.length) {
        activity.push({
          action: 'release.freeze_override',
          summary: `Went ahead despite ${frozen.length} freeze window(s): ${input.reason}`,
          after: { reason: input.reason, freezes: frozen.map(c => c.freezeId) },
        });
      }
    }
    const at = this.now();
    const fields: ReleaseFields = { status: input.to };
    if (input.to === 'planned' && current.plannedAt === null) {
      fields.plannedAt = at;
    }
    // Recorded last, so that the timeline (newest first) shows the change above its override.
    activity.push({
      action: 'release.status_changed',
      summary: `${STATUS_LABELS[current.status]} → ${STATUS_LABELS[input.to]}${
        input.reason ? `: ${input.reason}` : ''
      }`,
      before: { status: current.status },
      after: {
        status: input.to,
        ...(input.reason ? { reason: input.reason } : {}),
      },
    });
    await this.store.applyChange({
      releaseId: id,
      // Without a client revision, the decision above was made on `current`: hold the write to it.
      expectedRevision: input.revision ?? current.revision,
      actor: actorOf(credentials),
      at,
      fields,
      activity,
    });
    return this.getRelease(id);
  }

  async addComponents(
    id: string,
    refs: string[],
    revision: number | undefined,
    credentials: BackstageCredentials,
  ): Promise<Release> {
    const current = await this.load(id);
    this.assertOpen(current, 'changed');
    const components = normalizeEntityRefs(refs, 'components', ['component']);
    const already = components.filter(ref =>
      current.components.some(c => c.entityRef === ref),
    );
    if (already.length) {
      throw new ConflictError(`Already in this release: ${already.join(', ')}`);
    }
    const facts = await this.catalog.describe(
      { components, parties: [] },
      credentials,
    );
    const template = this.template(current.templateId);
    const added = components.map(ref => facts.get(ref)!);
    await this.store.applyChange({
      releaseId: id,
      expectedRevision: revision ?? current.revision,
      actor: actorOf(credentials),
      at: this.now(),
      addComponents: added,
      addItems: added.flatMap(c => this.componentItems(template, c)),
      activity: [
        {
          action: 'release.components_added',
          summary: `Added ${components.join(', ')}`,
          after: { components },
        },
      ],
    });
    return this.getRelease(id);
  }

  async removeComponent(
    id: string,
    ref: string,
    credentials: BackstageCredentials,
  ): Promise<Release> {
    const current = await this.load(id);
    this.assertOpen(current, 'changed');
    const componentRef = normalizeEntityRef(ref, 'entityRef');
    if (!current.components.some(c => c.entityRef === componentRef)) {
      throw new NotFoundError(`${componentRef} is not part of this release`);
    }
    const items = current.checklist.filter(
      i => i.componentRef === componentRef,
    );
    const open = items.filter(i => i.state === 'open');
    await this.store.applyChange({
      releaseId: id,
      expectedRevision: current.revision,
      actor: actorOf(credentials),
      at: this.now(),
      removeComponents: [componentRef],
      // Settled items are kept as the record of work done; open ones no longer apply.
      removeItemIds: open.map(i => i.id),
      activity: [
        {
          action: 'release.component_removed',
          summary: `Removed ${componentRef} and its ${open.length} open item(s)`,
          before: {
            component: componentRef,
            removedItems: open.map(i => ({ id: i.id, title: i.title })),
          },
        },
      ],
    });
    return this.getRelease(id);
  }

  async addChecklistItem(
    id: string,
    input: AddChecklistItemInput,
    credentials: BackstageCredentials,
  ): Promise<ChecklistItem> {
    const current = await this.load(id);
    this.assertOpen(current, 'changed');
    const componentRef =
      input.componentRef === undefined || input.componentRef === null
        ? null
        : normalizeEntityRef(input.componentRef, 'componentRef');
    const component = componentRef
      ? current.components.find(c => c.entityRef === componentRef)
      : undefined;
    if (componentRef && !component) {
      throw new InputError(
        `componentRef: ${componentRef} is not part of this release`,
      );
    }
    const assignee = input.assignee
      ? normalizeEntityRef(input.assignee, 'assignee', PARTY_KINDS)
      : component?.ownerRef ?? current.owner;
    if (input.assignee) {
      await this.catalog.describe(
        { components: [], parties: [assignee] },
        credentials,
      );
    }
    const item: NewChecklistItem = {
      id: randomUUID(),
      componentRef,
      title: input.title.trim(),
      category: input.category,
      required: input.required ?? true,
      assignee,
      source: 'manual',
    };
    await this.store.applyChange({
      releaseId: id,
      actor: actorOf(credentials),
      at: this.now(),
      addItems: [item],
      activity: [
        {
          action: 'checklist.item_added',
          summary: `Added "${item.title}"${
            componentRef ? ` for ${componentRef}` : ''
          }`,
          after: item,
        },
      ],
    });
    return this.item(id, item.id);
  }

  async updateChecklistItem(
    id: string,
    itemId: string,
    input: UpdateChecklistItemInput,
    credentials: BackstageCredentials,
  ): Promise<ChecklistItem> {
    const current = await this.load(id);
    this.assertOpen(current, 'changed');
    const item = current.checklist.find(i => i.id === itemId);
    if (!item) {
      throw new NotFoundError(`No checklist item ${itemId} in release ${id}`);
    }
    if (
      input.state === undefined &&
      input.note === undefined &&
      input.evidenceUrl === undefined
    ) {
      throw new InputError(
        'state: give a state, note or evidenceUrl to change',
      );
    }
    const nextState = input.state ?? item.state;
    const nextNote =
      input.note === undefined ? item.note : input.note?.trim() || null;
    if (nextState === 'not_applicable' && !nextNote) {
      throw new InputError('note: say why the item does not apply');
    }
    const at = this.now();
    const actor = actorOf(credentials);
    const stateChanged =
      input.state !== undefined && input.state !== item.state;
    const settledBy =
      input.state === 'open'
        ? { doneBy: null, doneAt: null }
        : { doneBy: actor, doneAt: at };
    const fields = {
      ...(input.state !== undefined ? { state: input.state } : {}),
      ...(input.note !== undefined ? { note: nextNote } : {}),
      ...(input.evidenceUrl !== undefined
        ? { evidenceUrl: input.evidenceUrl }
        : {}),
      ...(stateChanged ? settledBy : {}),
    };
    const before = {
      state: item.state,
      note: item.note,
      evidenceUrl: item.evidenceUrl,
    };
    const after = {
      state: nextState,
      note: nextNote,
      evidenceUrl:
        input.evidenceUrl === undefined ? item.evidenceUrl : input.evidenceUrl,
    };
    await this.store.applyChange({
      releaseId: id,
      expectedRevision: input.revision,
      actor,
      at,
      updateItems: [{ id: itemId, fields }],
      activity: [
        {
          action: 'checklist.item_updated',
          summary:
            nextState !== item.state
              ? `Marked "${item.title}" ${nextState.replace('_', ' ')}`
              : `Updated "${item.title}"`,
          before,
          after,
        },
      ],
    });
    return this.item(id, itemId);
  }

  /**
   * Why a release may not start, or undefined when it may: starting needs the latest go/no-go
   * decision to be go, or (without any decision) every required item settled.
   */
  private startBlocker(
    release: StoredReleaseWithChecklist,
  ): string | undefined {
    const latest: Decision | undefined =
      release.decisions[release.decisions.length - 1];
    if (latest?.decision === 'go') return undefined;
    if (latest?.decision === 'no_go') {
      return `the last go/no-go decision (${latest.decidedAt}) was no-go`;
    }
    const readiness = computeReadiness(
      release.components.map(c => c.entityRef),
      release.checklist,
    );
    return readiness.ready
      ? undefined
      : `${readiness.requiredOpen} required item(s) are still open and no go decision is recorded`;
  }

  async recordDecision(
    id: string,
    input: DecisionInput,
    credentials: BackstageCredentials,
  ): Promise<Decision> {
    const current = await this.load(id);
    if (current.status !== 'planned' && current.status !== 'in_progress') {
      throw new ConflictError(
        `Go/no-go decisions are taken on planned or in-progress releases; this one is ${current.status}`,
      );
    }
    const attendees = normalizeEntityRefs(
      input.attendees ?? [],
      'attendees',
      PARTY_KINDS,
    );
    if (attendees.length) {
      await this.catalog.describe(
        { components: [], parties: attendees },
        credentials,
      );
    }
    const readiness = computeReadiness(
      current.components.map(c => c.entityRef),
      current.checklist,
    );
    const decisionId = randomUUID();
    await this.store.applyChange({
      releaseId: id,
      actor: actorOf(credentials),
      at: this.now(),
      addDecision: {
        id: decisionId,
        decision: input.decision,
        rationale: input.rationale.trim(),
        attendees,
        readiness: {
          ready: readiness.ready,
          percent: readiness.percent,
          total: readiness.total,
          settled: readiness.settled,
          requiredOpen: readiness.requiredOpen,
        },
      },
      activity: [
        {
          action: 'release.decision_recorded',
          summary: `${input.decision === 'go' ? 'Go' : 'No-go'} at ${
            readiness.percent
          }% ready: ${input.rationale.trim()}`,
          after: { decision: input.decision, attendees },
        },
      ],
    });
    return (await this.load(id)).decisions.find(d => d.id === decisionId)!;
  }

  /**
   * Records the outcome and retrospective. On an in-progress release it also finishes it: released,
   * or rolled back when the result says so. A finished release can have its outcome amended.
   */
  async recordOutcome(
    id: string,
    input: OutcomeInput,
    credentials: BackstageCredentials,
  ): Promise<Release> {
    const current = await this.load(id);
    if (!['in_progress', 'released', 'rolled_back'].includes(current.status)) {
      throw new ConflictError(
        `An outcome is recorded for a release in progress or finished; this one is ${current.status}`,
      );
    }
    const releasedAt = parseTimestamp(input.releasedAt, 'releasedAt');
    if (releasedAt > this.now() + 60_000) {
      throw new InputError('releasedAt: cannot be in the future');
    }
    const status = statusAfterOutcome(input.result);
    const fields: ReleaseFields = status !== current.status ? { status } : {};
    await this.store.applyChange({
      releaseId: id,
      expectedRevision: input.revision ?? current.revision,
      actor: actorOf(credentials),
      at: this.now(),
      fields,
      setOutcome: {
        result: input.result,
        releasedAt,
        incidents: input.incidents ?? [],
        lessonsLearned: input.lessonsLearned ?? '',
        actionItems: (input.actionItems ?? []).map(item => ({
          id: randomUUID(),
          title: item.title.trim(),
          carryForward: item.carryForward,
        })),
      },
      activity: [
        {
          action: current.outcome
            ? 'release.outcome_amended'
            : 'release.outcome_recorded',
          summary: `Outcome: ${input.result.replace('_', ' ')}${
            fields.status
              ? ` (${STATUS_LABELS[current.status]} → ${STATUS_LABELS[status]})`
              : ''
          }`,
          before: current.outcome,
          after: { result: input.result, releasedAt: input.releasedAt },
        },
      ],
    });
    return this.getRelease(id);
  }

  async metrics(query: MetricsQuery): Promise<ReleaseMetrics> {
    const to = query.to ? parseTimestamp(query.to, 'to') : this.now();
    // A year back by default: enough for a trend per month.
    const from = query.from
      ? parseTimestamp(query.from, 'from')
      : to - 365 * 86_400_000;
    if (to <= from) throw new InputError('to: must be after from');
    const result = await this.store.metrics({
      from,
      to,
      owner: query.owner ? normalizeEntityRef(query.owner, 'owner') : undefined,
      entityRef: query.entityRef
        ? normalizeEntityRef(query.entityRef, 'entityRef')
        : undefined,
    });
    return {
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      ...result,
    };
  }

  /** The freezes the release's window falls in, for its components, systems or owners. */
  private async freezeConflicts(release: StoredRelease) {
    const occurrences = await this.freezes!.occurrences(
      Date.parse(release.windowStart),
      Date.parse(release.windowEnd),
    );
    return findConflicts({
      // Checked as if active: the point is whether it may become so.
      releases: [{ ...release, status: 'planned' }],
      freezes: occurrences,
    });
  }

  private async item(
    releaseId: string,
    itemId: string,
  ): Promise<ChecklistItem> {
    const release = await this.load(releaseId);
    const item = release.checklist.find(i => i.id === itemId);
    if (!item) {
      throw new NotFoundError(
        `No checklist item ${itemId} in release ${releaseId}`,
      );
    }
    return item;
  }

  private async load(id: string): Promise<StoredReleaseWithChecklist> {
    const release = await this.store.getRelease(id);
    if (!release) {
      throw new NotFoundError(`No release with id ${id}`);
    }
    return release;
  }

  private assertOpen(release: StoredRelease, what: string) {
    if (isClosedStatus(release.status)) {
      throw new ConflictError(
        `This release is ${release.status} and can no longer be ${what}`,
      );
    }
  }

  private staleRevision(id: string, sent: number, actual: number) {
    return new ConflictError(
      `Release ${id} was changed by someone else: you sent revision ${sent}, it is now at revision ${actual}. Reload it and apply your change again.`,
    );
  }

  private template(templateId: string): ChecklistTemplate {
    const template = this.templates.find(t => t.id === templateId);
    if (!template) {
      throw new InputError(
        `templateId: unknown template "${templateId}"; known: ${this.templates
          .map(t => t.id)
          .join(', ')}`,
      );
    }
    return template;
  }

  /**
   * Action items marked "carry forward" in the retrospectives of earlier releases of the same
   * template and the same set of components become release-level items of the new release.
   */
  private async carriedActionItems(
    templateId: string,
    components: string[],
    owner: string,
  ): Promise<{ items: NewChecklistItem[]; actionItemIds: string[] }> {
    const key = [...components].sort().join(',');
    const pending = (await this.store.pendingActionItems(templateId)).filter(
      p => p.components.join(',') === key,
    );
    return {
      actionItemIds: pending.map(p => p.id),
      items: pending.map(p => ({
        id: randomUUID(),
        componentRef: null,
        title: `${p.title} (carried forward from ${p.releaseTitle} ${p.releaseVersion})`.slice(
          0,
          200,
        ),
        category: 'follow_up',
        required: true,
        assignee: owner,
        source: `carried:${p.releaseId}`,
      })),
    };
  }

  private releaseItems(
    template: ChecklistTemplate,
    owner: string,
  ): NewChecklistItem[] {
    return template.releaseItems.map(t => ({
      id: randomUUID(),
      componentRef: null,
      title: t.title,
      category: t.category,
      required: t.required,
      assignee: owner,
      source: template.id,
    }));
  }

  private componentItems(
    template: ChecklistTemplate,
    component: StoredComponent | ComponentFacts,
  ): NewChecklistItem[] {
    return template.componentItems.map(t => ({
      id: randomUUID(),
      componentRef: component.entityRef,
      title: t.title,
      category: t.category,
      required: t.required,
      assignee: component.ownerRef,
      source: template.id,
    }));
  }
}
