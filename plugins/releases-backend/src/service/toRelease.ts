import {
  type CalendarRelease,
  computeReadiness,
  readinessFromCounts,
  type Release,
  type ReleaseSummary,
} from '@releasekit/plugin-releases-common';
import type {
  StoredCalendarRelease,
  StoredReleaseWithChecklist,
  StoredReleaseWithCounts,
} from '../database/types';

/** What the calendar carries of a release; a summary adds the template and authorship. */
export function toCalendarRelease(
  release: StoredCalendarRelease,
): CalendarRelease {
  return {
    id: release.id,
    title: release.title,
    version: release.version,
    status: release.status,
    owner: release.owner,
    windowStart: release.windowStart,
    windowEnd: release.windowEnd,
    components: release.components.map(c => c.entityRef),
    revision: release.revision,
    readiness: readinessFromCounts(release.counts),
    risk: release.risk,
    updatedAt: release.updatedAt,
  };
}

export function toSummary(release: StoredReleaseWithCounts): ReleaseSummary {
  return {
    ...toCalendarRelease(release),
    risk: release.risk,
    templateId: release.templateId,
    createdAt: release.createdAt,
    createdBy: release.createdBy,
    updatedBy: release.updatedBy,
    ...(release.description !== undefined
      ? { description: release.description }
      : {}),
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
    failedChecks: release.failedChecks,
    readiness: computeReadiness(components, release.checklist),
    risk: release.risk,
    decisions: release.decisions,
    outcome: release.outcome,
    createdAt: release.createdAt,
    createdBy: release.createdBy,
    updatedAt: release.updatedAt,
    updatedBy: release.updatedBy,
  };
}
