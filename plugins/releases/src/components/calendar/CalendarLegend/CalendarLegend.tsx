import Typography from '@material-ui/core/Typography';
import { alpha, makeStyles, useTheme } from '@material-ui/core/styles';
import WarningIcon from '@material-ui/icons/Warning';
import {
  RELEASE_STATUSES,
  STATUS_LABELS,
} from '@releasekit/plugin-releases-common';
import { statusColors } from '../calendarReleases';

const useStyles = makeStyles(theme => ({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5, 2),
    margin: theme.spacing(0, 0, 1),
    padding: 0,
    listStyle: 'none',
  },
  entry: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
  },
  swatch: {
    width: 14,
    height: 14,
    borderRadius: 3,
    display: 'inline-block',
  },
  freeze: {
    border: `1px dashed ${theme.palette.info.dark}`,
    backgroundImage: `repeating-linear-gradient(135deg, ${alpha(
      theme.palette.info.main,
      0.35,
    )} 0 3px, transparent 3px 6px)`,
  },
  icon: {
    fontSize: '1rem',
  },
}));

/** What the colours, the hatching and the warning sign mean. */
export function CalendarLegend() {
  const classes = useStyles();
  const theme = useTheme();
  return (
    <ul className={classes.root} aria-label="Legend">
      {RELEASE_STATUSES.map(status => (
        <li key={status} className={classes.entry}>
          <span
            className={classes.swatch}
            style={{ backgroundColor: statusColors(theme, status).background }}
          />
          <Typography variant="caption">{STATUS_LABELS[status]}</Typography>
        </li>
      ))}
      <li className={classes.entry}>
        <span className={`${classes.swatch} ${classes.freeze}`} />
        <Typography variant="caption">Freeze window</Typography>
      </li>
      <li className={classes.entry}>
        <WarningIcon className={classes.icon} aria-hidden />
        <Typography variant="caption">
          Conflict (hover or focus for why)
        </Typography>
      </li>
    </ul>
  );
}
