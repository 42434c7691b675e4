import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  type ChecklistItem,
  type Release,
} from '@releasekit/plugin-releases-common';
import { randomUUID } from 'node:crypto';
import type { NewChecklistItem, StoredReleaseItem } from '../database/types';
import { actorOf } from './actor';
import { componentItems, findTemplate } from './checklistItems';
import { normalizeEntityRef, normalizeEntityRefs } from './entityRefs';
import type {
  AddChecklistItemRequest,
  AddComponentsRequest,
  UpdateChecklistItemRequest,
} from '../schema/openapi';
import type { ChecklistService } from './ChecklistService';
import { requiredText } from './text';
import { PARTY_KINDS, ReleaseServiceBase } from './ReleaseServiceBase';

/** A release's scope (its components) and its readiness checklist. */
export class DefaultChecklistService
  extends ReleaseServiceBase
  implements ChecklistService
{
  async addComponents(
    id: string,
    { components: refs, revision }: AddComponentsRequest,
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
    const template = findTemplate(this.templates, current.templateId);
    const added = components.map(ref => facts.get(ref)!);
    await this.store.applyChange({
      releaseId: id,
      expectedRevision: revision ?? current.revision,
      actor: actorOf(credentials),
      at: this.now(),
      addComponents: added,
      addItems: added.flatMap(c => componentItems(template, c)),
      activity: [
        {
          action: 'release.components_added',
          summary: `Added ${components.join(', ')}`,
          after: { components },
        },
      ],
    });
    return this.changed(
      id,
      current.status === 'draft'
        ? undefined
        : { kind: 'items_assigned', components },
      credentials,
    );
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
    input: AddChecklistItemRequest,
    credentials: BackstageCredentials,
  ): Promise<ChecklistItem> {
    const title = requiredText(input.title, 'title');
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
      title,
      category: input.category,
      required: input.required ?? true,
      assignee,
      source: 'manual',
      check: input.check ?? null,
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

  /**
   * Changes an item's state, note or evidence. `loaded` is the release and item as the permission
   * check already read them; the answer is that item with the change applied, which is what reading
   * it again would give, without reading it again.
   */
  async updateChecklistItem(
    id: string,
    itemId: string,
    input: UpdateChecklistItemRequest,
    credentials: BackstageCredentials,
    loaded?: StoredReleaseItem,
  ): Promise<ChecklistItem> {
    const { release: current, item } =
      loaded ?? (await this.loadItem(id, itemId));
    this.assertOpen(current, 'changed');
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
    const atIso = new Date(at).toISOString();
    return {
      ...item,
      state: nextState,
      note: nextNote,
      evidenceUrl: after.evidenceUrl,
      ...(stateChanged
        ? {
            doneBy: settledBy.doneBy,
            doneAt: settledBy.doneAt === null ? null : atIso,
          }
        : {}),
      updatedAt: atIso,
    };
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
}
