import { InputError } from '@backstage/errors';
import type { ChecklistTemplate } from '@releasekit/plugin-releases-common';
import { randomUUID } from 'node:crypto';
import type { ComponentFacts } from '../catalog/ComponentCatalog';
import type { ReleaseStore } from '../database/ReleaseStore';
import type { NewChecklistItem, StoredComponent } from '../database/types';

/** How checklist items come to be: from templates, and carried forward from retrospectives. */

export function findTemplate(
  templates: ChecklistTemplate[],
  templateId: string,
): ChecklistTemplate {
  const template = templates.find(t => t.id === templateId);
  if (!template) {
    throw new InputError(
      `templateId: unknown template "${templateId}"; known: ${templates
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
export async function carriedActionItems(
  store: ReleaseStore,
  templateId: string,
  components: string[],
  owner: string,
): Promise<{ items: NewChecklistItem[]; actionItemIds: string[] }> {
  const key = [...components].sort().join(',');
  const pending = (await store.pendingActionItems(templateId)).filter(
    p => p.components.join(',') === key,
  );
  return {
    actionItemIds: pending.map(p => p.id),
    items: pending.map(p => ({
      id: randomUUID(),
      componentRef: null,
      title:
        `${p.title} (carried forward from ${p.releaseTitle} ${p.releaseVersion})`.slice(
          0,
          200,
        ),
      category: 'follow_up',
      required: true,
      assignee: owner,
      source: `carried:${p.releaseId}`,
      check: null,
    })),
  };
}

export function releaseItems(
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
    check: t.check ?? null,
  }));
}

export function componentItems(
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
    check: t.check ?? null,
  }));
}
