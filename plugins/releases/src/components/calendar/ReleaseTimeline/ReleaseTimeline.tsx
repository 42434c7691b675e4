import Paper from '@material-ui/core/Paper';
import Popper from '@material-ui/core/Popper';
import { alpha, makeStyles, useTheme } from '@material-ui/core/styles';
import type { FreezeOccurrence } from '@releasekit/plugin-releases-common';
import { DateTime } from 'luxon';
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type MutableRefObject,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { Timeline } from 'vis-timeline/standalone';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { CalendarRelease } from '../calendarReleases';
import { ReleaseTooltipContent } from '../ReleaseTooltipContent';
import type { TimelineLane, TimelinePlacement } from '../timelineLanes';
import {
  freezeItemsOf,
  itemTemplate,
  releaseElementOf,
  releaseItemsOf,
  timelineOptions,
} from './timelineItems';

const TOOLTIP_ID = 'release-timeline-tooltip';

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

/**
 * The container's events for items vis-timeline drew: click or Enter opens a release, hover or
 * focus shows its explanation (which describes the item while it is open), Escape hides it.
 */
function useTimelineEvents(
  itemsRef: MutableRefObject<Map<string, CalendarRelease>>,
  onOpenRelease: (releaseId: string) => void,
) {
  const [active, setActive] = useState<{
    item: CalendarRelease;
    anchor: HTMLElement;
  }>();
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
  const hide = useCallback(() => setActive(undefined), []);

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

  return {
    active,
    hide,
    containerProps: {
      onClick,
      onKeyDown,
      onFocus: (event: FocusEvent) => show(event.target),
      onBlur: hide,
      onMouseOver: (event: MouseEvent) => show(event.target),
      onMouseOut,
    },
  };
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
  const { active, hide, containerProps } = useTimelineEvents(
    itemsRef,
    onOpenRelease,
  );
  useEffect(() => {
    const template = itemTemplate(id => itemsRef.current.get(id), {
      releaseContent: classes.releaseContent,
      visuallyHidden: classes.visuallyHidden,
    });
    const timeline = new Timeline(
      containerRef.current!,
      [],
      [],
      timelineOptions(
        template,
        laneId => laneOrderRef.current.get(laneId) ?? 0,
      ),
    );
    timelineRef.current = timeline;
    return () => {
      timeline.destroy();
      timelineRef.current = undefined;
    };
  }, [classes.releaseContent, classes.visuallyHidden]);

  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const { items, entries } = releaseItemsOf(placements, theme);
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
    timeline.setItems([
      ...items,
      ...freezeItemsOf(freezes, classes.freezeBand),
    ]);
    hide();
  }, [start, end, lanes, placements, freezes, theme, classes.freezeBand, hide]);

  return (
    <section aria-label="Release timeline">
      {/* vis-timeline draws the items; their events bubble up to this container. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        ref={containerRef}
        className={classes.root}
        data-testid="release-timeline"
        {...containerProps}
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
