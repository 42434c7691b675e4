import Paper from '@material-ui/core/Paper';
import Popper from '@material-ui/core/Popper';
import { alpha, makeStyles, useTheme } from '@material-ui/core/styles';
import type { FreezeOccurrence } from '@releasekit/plugin-releases-common';
import { DateTime } from 'luxon';
import {
  useEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import {
  Timeline,
  type DataItem,
  type TimelineOptions,
} from 'vis-timeline/standalone';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import {
  freezeLabel,
  releaseAccessibleName,
  releaseLabel,
  statusColors,
  type CalendarRelease,
} from '../calendarReleases';
import { ReleaseTooltipContent } from '../ReleaseTooltipContent';
import type { TimelineLane, TimelinePlacement } from '../timelineLanes';

const TOOLTIP_ID = 'release-timeline-tooltip';
/** Material's Warning icon, drawn outside React because vis-timeline renders the items. */
const WARNING_PATH = 'M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z';

const useStyles = makeStyles(theme => ({
  root: {
    '& .vis-timeline': {
      border: `1px solid ${theme.palette.divider}`,
      fontFamily: theme.typography.fontFamily,
    },
    '& .vis-labelset .vis-label, & .vis-time-axis .vis-text': {
      color: theme.palette.text.primary,
    },
    '& .vis-labelset .vis-label .vis-inner': {
      whiteSpace: 'nowrap',
    },
    '& .vis-item': {
      borderRadius: theme.shape.borderRadius,
    },
    // Short windows are drawn as labels starting at the window's start, without vis's dot.
    '& .vis-item.vis-point .vis-dot': {
      display: 'none',
    },
    '& .vis-item.vis-point .vis-item-content': {
      padding: theme.spacing(0.25, 0.75),
    },
  },
  visuallyHidden: {
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  releaseContent: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: 2,
    cursor: 'pointer',
    '&:focus-visible': {
      outline: `3px solid ${theme.palette.text.primary}`,
      outlineOffset: 2,
    },
    '& svg': {
      width: '1rem',
      height: '1rem',
      fill: 'currentColor',
      flexShrink: 0,
    },
  },
  freezeBand: {
    '&&': {
      backgroundColor: 'transparent',
      backgroundImage: `repeating-linear-gradient(135deg, ${alpha(
        theme.palette.info.main,
        0.18,
      )} 0 6px, transparent 6px 12px)`,
      borderLeft: `1px dashed ${theme.palette.info.dark}`,
      borderRight: `1px dashed ${theme.palette.info.dark}`,
    },
  },
  popper: {
    zIndex: theme.zIndex.tooltip,
  },
  tooltip: {
    padding: theme.spacing(1, 1.5),
    maxWidth: 360,
  },
}));

function releaseElementOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element
    ? (target.closest('[data-timeline-item]') as HTMLElement | null)
    : null;
}

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

export interface ReleaseTimelineProps {
  start: DateTime;
  end: DateTime;
  lanes: TimelineLane[];
  placements: TimelinePlacement[];
  freezes: FreezeOccurrence[];
  onOpenRelease: (releaseId: string) => void;
}

/**
 * The timeline: one lane per team or system, drawn by vis-timeline. vis-timeline renders its
 * items outside React, so each release is a focusable element carrying its id, and this
 * component listens on the container: click or Enter opens the release, hover or focus shows the
 * same explanation as the month and week views.
 */
export function ReleaseTimeline(props: ReleaseTimelineProps) {
  const { start, end, lanes, placements, freezes, onOpenRelease } = props;
  const classes = useStyles();
  const theme = useTheme();
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline>();
  const itemsRef = useRef(new Map<string, CalendarRelease>());
  const laneOrderRef = useRef(new Map<string, number>());
  const [active, setActive] = useState<{
    item: CalendarRelease;
    anchor: HTMLElement;
  }>();

  useEffect(() => {
    const template: TimelineOptions['template'] = (item: DataItem) => {
      const entry = itemsRef.current.get(String(item.id));
      if (!entry) {
        // A freeze band: its name would clutter the lanes, so it is for screen readers, and the
        // band's title explains it on hover.
        const span = document.createElement('span');
        span.className = classes.visuallyHidden;
        span.textContent = item.title ?? item.content;
        return span;
      }
      const element = document.createElement('span');
      element.className = classes.releaseContent;
      element.tabIndex = 0;
      element.setAttribute('role', 'link');
      element.setAttribute('aria-label', releaseAccessibleName(entry));
      element.dataset.timelineItem = String(item.id);
      element.dataset.releaseId = entry.release.id;
      if (entry.conflicts.length > 0) element.appendChild(warningIcon());
      element.appendChild(document.createTextNode(releaseLabel(entry.release)));
      return element;
    };
    const timeline = new Timeline(containerRef.current!, [], [], {
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
        (laneOrderRef.current.get(a.id) ?? 0) -
        (laneOrderRef.current.get(b.id) ?? 0),
      margin: { item: 6, axis: 6 },
      verticalScroll: true,
      maxHeight: 640,
    });
    timelineRef.current = timeline;
    return () => {
      timeline.destroy();
      timelineRef.current = undefined;
    };
  }, [classes.releaseContent, classes.visuallyHidden]);

  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
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
    const freezeItems: DataItem[] = freezes.map((freeze, index) => ({
      id: `freeze|${freeze.freezeId}|${index}`,
      start: freeze.start,
      end: freeze.end,
      type: 'background',
      content: `Freeze: ${freeze.title}`,
      title: freezeLabel(freeze),
      className: classes.freezeBand,
    }));
    itemsRef.current = entries;
    timeline.setOptions({
      start: start.toJSDate(),
      end: end.toJSDate(),
      min: start.toJSDate(),
      max: end.toJSDate(),
    });
    laneOrderRef.current = new Map(
      lanes.map((lane, index) => [lane.id, index]),
    );
    timeline.setGroups(
      lanes.map(lane => ({ id: lane.id, content: lane.label })),
    );
    timeline.setItems([...items, ...freezeItems]);
    setActive(undefined);
  }, [start, end, lanes, placements, freezes, theme, classes.freezeBand]);

  // The element that shows the tooltip is described by it while it is open.
  useEffect(() => {
    if (!active) return undefined;
    active.anchor.setAttribute('aria-describedby', TOOLTIP_ID);
    return () => active.anchor.removeAttribute('aria-describedby');
  }, [active]);

  const show = (target: EventTarget | null) => {
    const element = releaseElementOf(target);
    const item =
      element && itemsRef.current.get(element.dataset.timelineItem ?? '');
    if (element && item && active?.anchor !== element) {
      setActive({ item, anchor: element });
    }
  };
  const hide = () => setActive(undefined);

  const onClick = (event: MouseEvent) => {
    const element = releaseElementOf(event.target);
    if (element?.dataset.releaseId) onOpenRelease(element.dataset.releaseId);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const element = releaseElementOf(event.target);
    if (event.key === 'Escape') hide();
    if (event.key === 'Enter' && element?.dataset.releaseId) {
      onOpenRelease(element.dataset.releaseId);
    }
  };
  const onMouseOut = (event: MouseEvent) => {
    const element = releaseElementOf(event.target);
    if (element && !element.contains(event.relatedTarget as Node | null)) {
      hide();
    }
  };

  return (
    <section aria-label="Release timeline">
      {/* vis-timeline draws the items; their events bubble up to this container. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        ref={containerRef}
        className={classes.root}
        data-testid="release-timeline"
        onClick={onClick}
        onKeyDown={onKeyDown}
        onFocus={(event: FocusEvent) => show(event.target)}
        onBlur={hide}
        onMouseOver={(event: MouseEvent) => show(event.target)}
        onMouseOut={onMouseOut}
      />
      <Popper
        id={TOOLTIP_ID}
        open={Boolean(active)}
        anchorEl={active?.anchor}
        placement="top"
        className={classes.popper}
      >
        <Paper elevation={4} className={classes.tooltip}>
          {active && <ReleaseTooltipContent item={active.item} />}
        </Paper>
      </Popper>
    </section>
  );
}
