import type {
  ChecklistItem,
  Release,
  ReleaseAccess,
} from '@releasekit/plugin-releases-common';
import {
  checklistItem,
  readinessSummary,
  releaseSummary,
  type Zod,
} from './actionSchemas';
import { summaryOf } from './listReleasesAction';

/*
 * A release as get-release answers it: what blocks it up front (open required items, failed checks),
 * the risk factors that add to its score, and what the caller may change — the API's Release reshaped
 * for an assistant, which has no page to look at.
 */

const youMayUpdate = (z: Zod) =>
  checklistItem(z).extend({
    youMayUpdate: z.boolean().describe('Whether the caller may set its state'),
  });

const failedCheck = (z: Zod) =>
  z.object({
    itemId: z.string(),
    entityRef: z.string(),
    check: z.string(),
    required: z.boolean(),
    summary: z.string().nullable(),
    url: z.string().nullable(),
  });

const riskWithFactors = (z: Zod) =>
  z
    .object({
      score: z.number().describe('0 to 100'),
      level: z.enum(['low', 'medium', 'high']),
      factors: z
        .array(
          z.object({
            key: z.string(),
            label: z.string(),
            contribution: z.number().describe('Points of the score'),
          }),
        )
        .describe('The factors that add to the score'),
      computedAt: z.string(),
    })
    .nullable()
    .describe('The risk score; null until first computed');

export const releaseWithBlockers = (z: Zod) =>
  z.object({
    release: releaseSummary(z).extend({
      description: z.string(),
      stakeholders: z.array(z.string()),
      templateId: z.string(),
    }),
    readiness: readinessSummary(z).extend({
      components: z.array(
        readinessSummary(z).extend({ componentRef: z.string() }),
      ),
    }),
    blockers: z.object({
      openRequiredItems: z.array(youMayUpdate(z)),
      failedChecks: z
        .array(failedCheck(z))
        .describe('Open automated items whose latest result failed'),
    }),
    risk: riskWithFactors(z),
    youMay: z
      .object({ update: z.boolean(), delete: z.boolean() })
      .describe('Whether the caller may edit or delete the release'),
    checklist: z
      .array(youMayUpdate(z))
      .optional()
      .describe('Every item, when includeChecklist was set'),
  });

function itemOf(item: ChecklistItem, updatable: Set<string>) {
  return {
    id: item.id,
    title: item.title,
    category: item.category,
    componentRef: item.componentRef,
    required: item.required,
    state: item.state,
    assignee: item.assignee,
    check: item.check,
    note: item.note,
    evidenceUrl: item.evidenceUrl,
    doneBy: item.doneBy,
    doneAt: item.doneAt,
    youMayUpdate: updatable.has(item.id),
  };
}

/** The release read through the authorised service (with `access`), shaped as above. */
export function toReleaseWithBlockers(
  release: Release & { access?: ReleaseAccess },
  includeChecklist: boolean,
) {
  const updatable = new Set(release.access?.updatableItemIds ?? []);
  const summary = summaryOf(release);
  const { risk } = release;
  return {
    release: {
      ...summary,
      description: release.description,
      stakeholders: release.stakeholders,
      templateId: release.templateId,
    },
    readiness: {
      ...summary.readiness,
      components: release.readiness.components,
    },
    blockers: {
      openRequiredItems: release.checklist
        .filter(i => i.required && i.state === 'open')
        .map(i => itemOf(i, updatable)),
      failedChecks: release.failedChecks,
    },
    risk: risk && {
      score: risk.score,
      level: risk.level,
      factors: risk.factors
        .filter(f => f.contribution > 0)
        .map(({ key, label, contribution }) => ({ key, label, contribution })),
      computedAt: risk.computedAt,
    },
    youMay: {
      update: release.access?.update ?? false,
      delete: release.access?.delete ?? false,
    },
    ...(includeChecklist
      ? { checklist: release.checklist.map(i => itemOf(i, updatable)) }
      : {}),
  };
}
