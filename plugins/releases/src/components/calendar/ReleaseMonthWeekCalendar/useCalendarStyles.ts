import { alpha, makeStyles } from '@material-ui/core/styles';

/** The month and week views' look over react-big-calendar's own: focus, hatched freezes, chips. */
export const useCalendarStyles = makeStyles(theme => {
  const hatch = `repeating-linear-gradient(135deg, ${alpha(
    theme.palette.info.main,
    0.18,
  )} 0 6px, transparent 6px 12px)`;
  return {
    root: {
      height: 'max(560px, calc(100vh - 380px))',
      '& .rbc-event:focus-visible, & .rbc-background-event:focus-visible': {
        outline: `3px solid ${theme.palette.text.primary}`,
        outlineOffset: 1,
      },
      '& .rbc-off-range-bg': {
        backgroundColor: theme.palette.action.hover,
      },
      // The library greys the other months' day numbers out below 4.5:1 contrast; the shaded
      // background already tells them apart.
      '& .rbc-off-range': {
        color: theme.palette.text.primary,
      },
      '& .rbc-today': {
        backgroundColor: alpha(theme.palette.primary.main, 0.08),
      },
    },
    freezeDay: {
      backgroundImage: hatch,
    },
    freezeEvent: {
      // Overrides the library's solid background-event colour with the freeze hatching.
      '&&': {
        backgroundColor: 'transparent',
        backgroundImage: hatch,
        border: `1px dashed ${theme.palette.info.dark}`,
        color: theme.palette.text.primary,
        opacity: 1,
      },
    },
    // Inline, so the month view's ellipsis and the week view's wrapping (both the library's) apply.
    eventContent: {},
    cancelled: {
      textDecoration: 'line-through',
    },
    conflictIcon: {
      fontSize: '1rem',
      verticalAlign: 'text-bottom',
      marginRight: 2,
    },
    dateHeader: {
      display: 'inline-flex',
      alignItems: 'center',
      gap: 2,
    },
    freezeButton: {
      padding: 2,
    },
    freezeIcon: {
      fontSize: '0.9rem',
      color: theme.palette.info.dark,
    },
  };
});
