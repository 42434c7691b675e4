import { makeStyles } from '@material-ui/core/styles';
import AutorenewIcon from '@material-ui/icons/Autorenew';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import ErrorIcon from '@material-ui/icons/Error';
import RadioButtonUncheckedIcon from '@material-ui/icons/RadioButtonUnchecked';
import UndoIcon from '@material-ui/icons/Undo';
import type {
  DeploymentStatus,
  ExecutionStepStatus,
} from '@releasekit/plugin-releases-common';

const useStyles = makeStyles(theme => ({
  status: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    whiteSpace: 'nowrap',
  },
  icon: { fontSize: '1.1rem' },
  done: { color: theme.palette.success.main },
  running: { color: theme.palette.info.main },
  failed: { color: theme.palette.error.main },
  undone: { color: theme.palette.warning.main },
  waiting: { color: theme.palette.text.secondary },
}));

type Tone = 'done' | 'running' | 'failed' | 'undone' | 'waiting';

const TONE_ICONS: Record<Tone, typeof CheckCircleIcon> = {
  done: CheckCircleIcon,
  running: AutorenewIcon,
  failed: ErrorIcon,
  undone: UndoIcon,
  waiting: RadioButtonUncheckedIcon,
};

const DEPLOYMENT: Record<DeploymentStatus, { text: string; tone: Tone }> = {
  started: { text: 'Started', tone: 'running' },
  succeeded: { text: 'Succeeded', tone: 'done' },
  failed: { text: 'Failed', tone: 'failed' },
  rolled_back: { text: 'Rolled back', tone: 'undone' },
};

const STEP: Record<ExecutionStepStatus, { text: string; tone: Tone }> = {
  pending: { text: 'Pending', tone: 'waiting' },
  deploying: { text: 'Deploying', tone: 'running' },
  deployed: { text: 'Deployed', tone: 'done' },
  failed: { text: 'Failed', tone: 'failed' },
  rolled_back: { text: 'Rolled back', tone: 'undone' },
};

/** The status in words; the icon repeats it for a quick scan and is hidden from screen readers. */
function StatusLabel(props: { text: string; tone: Tone }) {
  const { text, tone } = props;
  const classes = useStyles();
  const Icon = TONE_ICONS[tone];
  return (
    <span className={classes.status}>
      <Icon className={`${classes.icon} ${classes[tone]}`} aria-hidden />
      {text}
    </span>
  );
}

/** How one deployment went: started, succeeded, failed, rolled back. */
export function DeploymentStatusLabel(props: { status: DeploymentStatus }) {
  return <StatusLabel {...DEPLOYMENT[props.status]} />;
}

/** Where a runbook step stands: pending, deploying, deployed, failed, rolled back. */
export function StepStatusLabel(props: { status: ExecutionStepStatus }) {
  return <StatusLabel {...STEP[props.status]} />;
}
