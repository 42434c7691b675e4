import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ChevronLeftIcon from '@material-ui/icons/ChevronLeft';
import ChevronRightIcon from '@material-ui/icons/ChevronRight';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import {
  rangeLabel,
  type CalendarState,
  type CalendarView,
  type TimelineGrouping,
} from '../calendarState';

const useStyles = makeStyles(theme => ({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1, 2),
    margin: theme.spacing(2, 0, 1),
  },
  navigation: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
  },
  label: {
    flexGrow: 1,
    minWidth: 200,
  },
}));

export interface CalendarToolbarProps {
  state: CalendarState;
  onNavigate: (action: 'previous' | 'next' | 'today') => void;
  onChange: (patch: Partial<CalendarState>) => void;
}

/** Moves through time, names the shown range and switches between month, week and timeline. */
export function CalendarToolbar(props: CalendarToolbarProps) {
  const { state, onNavigate, onChange } = props;
  const classes = useStyles();
  const unit = state.view === 'week' ? 'week' : 'month';
  return (
    <div className={classes.root}>
      <div className={classes.navigation}>
        <IconButton
          aria-label={`Previous ${unit}`}
          onClick={() => onNavigate('previous')}
        >
          <ChevronLeftIcon />
        </IconButton>
        <Button variant="outlined" onClick={() => onNavigate('today')}>
          Today
        </Button>
        <IconButton
          aria-label={`Next ${unit}`}
          onClick={() => onNavigate('next')}
        >
          <ChevronRightIcon />
        </IconButton>
      </div>
      <Typography
        variant="h5"
        component="h2"
        className={classes.label}
        aria-live="polite"
      >
        {rangeLabel(state.view, state.date)}
      </Typography>
      {state.view === 'timeline' && (
        <ToggleButtonGroup
          size="small"
          exclusive
          aria-label="Group the timeline by"
          value={state.groupBy}
          onChange={(_event, groupBy: TimelineGrouping | null) => {
            if (groupBy) onChange({ groupBy });
          }}
        >
          <ToggleButton value="team">By team</ToggleButton>
          <ToggleButton value="system">By system</ToggleButton>
        </ToggleButtonGroup>
      )}
      <ToggleButtonGroup
        size="small"
        exclusive
        aria-label="Calendar view"
        value={state.view}
        onChange={(_event, view: CalendarView | null) => {
          if (view) onChange({ view });
        }}
      >
        <ToggleButton value="month">Month</ToggleButton>
        <ToggleButton value="week">Week</ToggleButton>
        <ToggleButton value="timeline">Timeline</ToggleButton>
      </ToggleButtonGroup>
    </div>
  );
}
