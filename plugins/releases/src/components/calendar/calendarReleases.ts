import {
  STATUS_LABELS,
  type CalendarRelease as ReleaseOnCalendar,
  type Conflict,
  type FreezeOccurrence,
  type ReleaseStatus,
} from '@releasekit/plugin-releases-common';
import { getContrastRatio, type Theme } from '@material-ui/core/styles';

/** A release as the calendar shows it, with the conflicts it is part of. */
export interface CalendarRelease {
  release: ReleaseOnCalendar;
  conflicts: Conflict[];
}

/** Which conflicts each release is part of, by release id. */
export function conflictsByRelease(
  conflicts: Conflict[],
): Map<string, Conflict[]> {
  const byRelease = new Map<string, Conflict[]>();
  for (const conflict of conflicts) {
    for (const id of conflict.releaseIds) {
      byRelease.set(id, [...(byRelease.get(id) ?? []), conflict]);
    }
  }
  return byRelease;
}

/** The client-side filters: statuses (the API has none on /calendar) and "mine". */
export function filterReleases(
  releases: ReleaseOnCalendar[],
  options: { statuses: ReleaseStatus[]; viewerRefs?: Set<string> },
): ReleaseOnCalendar[] {
  const { statuses, viewerRefs } = options;
  return releases.filter(
    release =>
      (statuses.length === 0 || statuses.includes(release.status)) &&
      (!viewerRefs || viewerRefs.has(release.owner.toLocaleLowerCase('en-US'))),
  );
}

/** "Checkout 2.4.0 · 72%": what a release's bar says. */
export function releaseLabel(release: ReleaseOnCalendar): string {
  return `${release.title} ${release.version} · ${release.readiness.percent}%`;
}

/**
 * What a screen reader says for a release's bar; the tooltip adds the details. It starts with the
 * bar's visible text (WCAG 2.5.3, label in name), so speech users can say what they see.
 */
export function releaseAccessibleName(item: CalendarRelease): string {
  const { release, conflicts } = item;
  const parts = [
    `${releaseLabel(release)} ready`,
    STATUS_LABELS[release.status],
  ];
  // The bar shows no risk (its colour is the status); the name and the tooltip say it.
  if (release.risk) parts.push(`${release.risk.level} risk`);
  if (conflicts.length === 1) parts.push('1 conflict');
  if (conflicts.length > 1) parts.push(`${conflicts.length} conflicts`);
  return parts.join(', ');
}

export function freezeLabel(freeze: FreezeOccurrence): string {
  const scope = freeze.entityRefs.length
    ? freeze.entityRefs.join(', ')
    : 'the whole organisation';
  return `Freeze: ${freeze.title} (${scope})${
    freeze.reason ? ` – ${freeze.reason}` : ''
  }`;
}

/** Background and text colours of a release in a status, from the app's theme. */
export function statusColors(
  theme: Theme,
  status: ReleaseStatus,
): { background: string; text: string } {
  const { palette } = theme;
  const backgrounds: Record<ReleaseStatus, string> = {
    draft: palette.grey[500],
    planned: palette.info.main,
    in_progress: palette.warning.main,
    released: palette.success.main,
    rolled_back: palette.error.main,
    cancelled: palette.grey[300],
  };
  const background = backgrounds[status];
  // Black or white, whichever contrasts more: one of them always reaches 4.5:1 (WCAG AA), where
  // Material's getContrastText (a 3:1 threshold) puts white on its mid blues and reds.
  const { black, white } = palette.common;
  const text =
    getContrastRatio(background, white) >= getContrastRatio(background, black)
      ? white
      : black;
  return { background, text };
}
