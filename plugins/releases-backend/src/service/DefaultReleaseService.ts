import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ConflictError, InputError } from '@backstage/errors';
import {
  STATUS_LABELS,
  type ActivityEntry,
  type Page,
  type Release,
  type ReleaseStatus,
  type ReleaseSummary,
} from '@releasekit/plugin-releases-common';
import { randomUUID } from 'node:crypto';
import type {
  ActivityInput,
  ReleaseFields,
  StoredRelease,
} from '../database/types';
import { staleRevisionError } from '../database/staleRevision';
import { actorOf } from './actor';
import {
  carriedActionItems,
  componentItems,
  findTemplate,
  releaseItems,
} from './checklistItems';
import { normalizeEntityRef, normalizeEntityRefs } from './entityRefs';
import type {
  CreateReleaseRequest,
  UpdateReleaseRequest,
} from '../schema/openapi';
import { PARTY_KINDS, ReleaseServiceBase } from './ReleaseServiceBase';
import type {
  ListReleasesQuery,
  ReadOptions,
  ReleaseService,
} from './ReleaseService';
import { requiredText, withRequiredTitles } from './text';
import { toRelease, toSummary } from './toRelease';
import { describeShift, parseTimestamp, parseReleaseWindow } from './windows';

/**
 * The activity entry of a moved window, with the new window set in `fields`; undefined when the
 * input leaves the window where it is.
 */
function windowMove(
  current: StoredRelease,
  input: UpdateReleaseRequest,
  fields: ReleaseFields,
): ActivityInput | undefined {
  if (input.windowStart === undefined && input.windowEnd === undefined) {
    return undefined;
  }
  const { start, end } = parseReleaseWindow(
    input.windowStart ?? current.windowStart,
    input.windowEnd ?? current.windowEnd,
  );
  const oldStart = Date.parse(current.windowStart);
  const oldEnd = Date.parse(current.windowEnd);
  if (start === oldStart && end === oldEnd) return undefined;
  fields.windowStart = start;
  fields.windowEnd = end;
  return {
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
  };
}

/**
 * Release plans: listing, reading, creating, editing and deleting them, with the activity trail.
 * Status changes live in LifecycleService, scope and checklist in ChecklistService, decisions and
 * outcomes in FollowUpService. SQL is in the store, readiness maths in releases-common.
 */
export class DefaultReleaseService
  extends ReleaseServiceBase
  implements ReleaseService
{
  async listReleases(
    query: ListReleasesQuery,
    { readScope }: ReadOptions,
  ): Promise<Page<ReleaseSummary>> {
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
        readScope,
      },
      limit: query.limit ?? 50,
      cursor: query.cursor,
      withDescription: query.include === 'description',
    });
    return {
      items: result.items.map(toSummary),
      ...(result.nextCursor ? { nextCursor: result.nextCursor } : {}),
    };
  }

  async getActivity(
    id: string,
    limit: number | undefined = 200,
  ): Promise<ActivityEntry[]> {
    await this.load(id);
    return this.store.listActivity(id, limit);
  }

  async createRelease(
    input: CreateReleaseRequest,
    credentials: BackstageCredentials,
  ): Promise<Release> {
    const title = requiredText(input.title, 'title');
    const version = requiredText(input.version, 'version');
    const risks = withRequiredTitles(input.risks ?? [], 'risks');
    const { start, end } = parseReleaseWindow(
      input.windowStart,
      input.windowEnd,
    );
    const owner = normalizeEntityRef(input.owner, 'owner', PARTY_KINDS);
    const stakeholders = normalizeEntityRefs(
      input.stakeholders ?? [],
      'stakeholders',
      PARTY_KINDS,
    );
    const components = normalizeEntityRefs(input.components, 'components', [
      'component',
    ]);
    const template = findTemplate(
      this.templates,
      input.templateId ?? 'default',
    );
    const facts = await this.catalog.describe(
      { components, parties: [owner, ...stakeholders] },
      credentials,
    );

    const id = randomUUID();
    const at = this.now();
    const actor = actorOf(credentials);
    const stored = components.map(ref => facts.get(ref)!);
    const carried = await carriedActionItems(
      this.store,
      template.id,
      components,
      owner,
    );
    const items = [
      ...releaseItems(template, owner),
      ...stored.flatMap(c => componentItems(template, c)),
      ...carried.items,
    ];
    await this.store.insertRelease({
      release: {
        id,
        title,
        version,
        description: input.description ?? '',
        risks,
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
      activity: [
        {
          action: 'release.created',
          summary: `Created ${title} ${version} with ${components.length} component(s) from the "${template.title}" template`,
          after: {
            title,
            version,
            owner,
            components,
          },
        },
      ],
    });
    return this.getRelease(id);
  }

  async updateRelease(
    id: string,
    input: UpdateReleaseRequest,
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

    const title =
      input.title === undefined
        ? undefined
        : requiredText(input.title, 'title');
    if (title !== undefined && title !== current.title) {
      fields.title = title;
      record('title', current.title, title);
    }
    const version =
      input.version === undefined
        ? undefined
        : requiredText(input.version, 'version');
    if (version !== undefined && version !== current.version) {
      fields.version = version;
      record('version', current.version, version);
    }
    if (
      input.description !== undefined &&
      input.description !== current.description
    ) {
      fields.description = input.description;
      record('description', current.description, input.description);
    }
    if (input.risks !== undefined) {
      fields.risks = withRequiredTitles(input.risks, 'risks');
      record('risks', current.risks, fields.risks);
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
    const moved = windowMove(current, input, fields);
    if (moved) activity.push(moved);
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
        throw staleRevisionError(id, input.revision, current.revision);
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
    return this.changed(
      id,
      moved
        ? {
            kind: 'window_moved',
            shift: moved.summary.replace(/^Moved the window: /, ''),
          }
        : undefined,
      credentials,
    );
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
    const deleted = await this.store.deleteRelease({
      id,
      onlyStatus: 'draft',
      actor: actorOf(credentials),
      at: this.now(),
      activity: [
        {
          action: 'release.deleted',
          summary: `Deleted the draft ${current.title} ${current.version}`,
          before: { title: current.title, version: current.version },
        },
      ],
    });
    if (!deleted) {
      throw new ConflictError(
        `Release ${id} changed while it was being deleted; reload it`,
      );
    }
  }
}
