import type { Theme } from '@material-ui/core/styles';
import type { FreezeOccurrence } from '@releasekit/plugin-releases-common';
import { DateTime } from 'luxon';
import type { DataItem, TimelineOptions } from 'vis-timeline/standalone';
import {
  freezeLabel,
  releaseAccessibleName,
  releaseLabel,
  statusColors,
  type CalendarRelease,
} from '../calendarReleases';
import type { TimelinePlacement } from '../timelineLanes';

/*
 * What vis-timeline draws, built outside React: vis-timeline renders its items itself, so each
 * release is a focusable element carrying its id, found again by releaseElementOf().
 */

/** Material's Warning icon, drawn outside React because vis-timeline renders the items. */
const WARNING_PATH = 'M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z';

function warningIcon(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('data-testid', 'conflict-badge');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', WARNING_PATH);
  svg.appendChild(path);
  return svg;
}

/** The release element an event happened in, if any. */
export function releaseElementOf(
  target: EventTarget | null,
): HTMLElement | null {
  return target instanceof Element
    ? (target.closest('[data-timeline-item]') as HTMLElement | null)
    : null;
}

/**
 * Draws an item: a release as a focusable link named like in the other views, with a warning
 * icon when it conflicts; a freeze band's name only for screen readers (it would clutter the
 * lanes; the band's title explains it on hover).
 */
export function itemTemplate(
  entryOf: (itemId: string) => CalendarRelease | undefined,
  classNames: { releaseContent: string; visuallyHidden: string },
): TimelineOptions['template'] {
  return (item: DataItem) => {
    const entry = entryOf(String(item.id));
    if (!entry) {
      const span = document.createElement('span');
      span.className = classNames.visuallyHidden;
      span.textContent = item.title ?? item.content;
      return span;
    }
    const element = document.createElement('span');
    element.className = classNames.releaseContent;
    element.tabIndex = 0;
    element.setAttribute('role', 'link');
    element.setAttribute('aria-label', releaseAccessibleName(entry));
    element.dataset.timelineItem = String(item.id);
    element.dataset.releaseId = entry.release.id;
    if (entry.conflicts.length > 0) element.appendChild(warningIcon());
    element.appendChild(document.createTextNode(releaseLabel(entry.release)));
    return element;
  };
}

/** The timeline's fixed options: a window the page chooses, lanes in the order given. */
export function timelineOptions(
  template: TimelineOptions['template'],
  laneOrder: (laneId: string) => number,
): TimelineOptions {
  return {
    template,
    // Stated explicitly, rtl also keeps vis-timeline from hiding itself until a first range
    // change, which a fixed window (moveable: false) need not produce.
    rtl: false,
    stack: true,
    selectable: false,
    moveable: false,
    zoomable: false,
    orientation: 'top',
    showCurrentTime: true,
    // Lanes keep the order timelineLanes() gives them ("No system" last).
    groupOrder: (a: { id: string }, b: { id: string }) =>
      laneOrder(a.id) - laneOrder(b.id),
    margin: { item: 6, axis: 6 },
    verticalScroll: true,
    maxHeight: 640,
  };
}

/** One item a release a lane, coloured by status, and the releases by item id. */
export function releaseItemsOf(placements: TimelinePlacement[], theme: Theme) {
  const entries = new Map<string, CalendarRelease>();
  const items: DataItem[] = placements.map(({ laneId, item }) => {
    const id = `${laneId}|${item.release.id}`;
    entries.set(id, item);
    const colors = statusColors(theme, item.release.status);
    const windowStart = DateTime.fromISO(item.release.windowStart);
    const windowEnd = DateTime.fromISO(item.release.windowEnd);
    // Over a month, a window of a few hours is a sliver too thin to read: such releases are
    // labels at their start (vis "point" items, which also stack by their label's width).
    const short = windowEnd.diff(windowStart, 'hours').hours < 24;
    return {
      id,
      group: laneId,
      type: short ? 'point' : 'range',
      start: windowStart.toJSDate(),
      ...(short ? {} : { end: windowEnd.toJSDate() }),
      content: releaseLabel(item.release),
      style: `background-color: ${colors.background}; border-color: ${
        colors.background
      }; color: ${colors.text};${
        item.release.status === 'cancelled'
          ? ' text-decoration: line-through;'
          : ''
      }`,
    };
  });
  return { items, entries };
}

/** A background band across every lane for each freeze occurrence. */
export function freezeItemsOf(
  freezes: FreezeOccurrence[],
  className: string,
): DataItem[] {
  return freezes.map((freeze, index) => ({
    id: `freeze|${freeze.freezeId}|${index}`,
    start: freeze.start,
    end: freeze.end,
    type: 'background',
    content: `Freeze: ${freeze.title}`,
    title: freezeLabel(freeze),
    className,
  }));
}
