import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Collapse from '@material-ui/core/Collapse';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ExpandLessIcon from '@material-ui/icons/ExpandLess';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import SyncIcon from '@material-ui/icons/Sync';
import Alert from '@material-ui/lab/Alert';
import type { ExecutionStep } from '@releasekit/plugin-releases-common';
import { useState } from 'react';
import { entityNameOf, entityNamesOf } from '../../../formatting';
import { StepStatusLabel } from '../../shared/DeploymentStatusLabel';
import { RunLink } from '../../shared/DeploymentsByEnvironment';
import { RelativeTime } from '../../shared/RelativeTime';
import { ReportedBy } from '../../shared/ReportedBy';
import { StepDeployments } from './StepDeployments';

const useStyles = makeStyles(theme => ({
  step: {
    padding: theme.spacing(1, 1, 1, 1.5),
    borderLeft: `4px solid transparent`,
    '& + &': { borderTop: `1px solid ${theme.palette.divider}` },
  },
  // Steps of a dependency cycle share a bar on the left; the text says it too.
  cycle: { borderLeftColor: theme.palette.info.main },
  number: {
    minWidth: theme.spacing(4),
    fontWeight: theme.typography.fontWeightBold as number,
  },
  visuallyHidden: {
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
}));

/** Version and environment, times, who and the run of the step's latest deployment. */
function StepFacts(props: { step: ExecutionStep }) {
  const { step } = props;
  if (!step.version) {
    return (
      <Typography variant="body2" color="textSecondary">
        Not deployed yet
      </Typography>
    );
  }
  const name = entityNameOf(step.entityRef);
  return (
    <Typography variant="body2" component="div">
      {step.version} in {step.environment}
      {step.startedAt && (
        <>
          {' · started '}
          <RelativeTime iso={step.startedAt} />
        </>
      )}
      {step.finishedAt && (
        <>
          {' · finished '}
          <RelativeTime iso={step.finishedAt} />
        </>
      )}
      {step.reportedBy && (
        <>
          {' · by '}
          <ReportedBy by={step.reportedBy} inText />
        </>
      )}
      {step.url && (
        <>
          {' · '}
          <RunLink
            url={step.url}
            label={`Pipeline run of ${name} ${step.version} in ${step.environment}`}
          />
        </>
      )}
    </Typography>
  );
}

/** Went ahead of what it depends on, or goes together with the rest of a cycle. */
function StepNotes(props: { step: ExecutionStep }) {
  const { step } = props;
  return (
    <>
      {step.deployedAhead.length > 0 && (
        <Alert severity="warning" role="note" style={{ marginTop: 4 }}>
          Deployed before {entityNamesOf(step.deployedAhead)}, which it depends
          on
        </Alert>
      )}
      {step.cycleWith.length > 0 && (
        <Typography
          variant="body2"
          color="textSecondary"
          style={{ display: 'flex', alignItems: 'center', gap: 4 }}
        >
          <SyncIcon fontSize="small" aria-hidden />
          Goes together with {entityNamesOf(step.cycleWith)}: they depend on
          each other
        </Typography>
      )}
    </>
  );
}

export interface RunbookStepProps {
  step: ExecutionStep;
  releaseId: string;
  refreshKey: number;
}

/** One component of the runbook: its place, status and latest deployment; opens to its deployments. */
export function RunbookStep(props: RunbookStepProps) {
  const { step, releaseId, refreshKey } = props;
  const classes = useStyles();
  const [open, setOpen] = useState(false);
  const name = entityNameOf(step.entityRef);
  const panelId = `runbook-step-${step.order}`;
  return (
    <li
      className={`${classes.step} ${
        step.cycleWith.length > 0 ? classes.cycle : ''
      }`}
    >
      <Box display="flex" alignItems="baseline" flexWrap="wrap" gridGap={8}>
        <Typography component="span" className={classes.number}>
          <span className={classes.visuallyHidden}>Step </span>
          {step.order}
        </Typography>
        <EntityRefLink entityRef={step.entityRef} defaultKind="component" />
        <StepStatusLabel status={step.status} />
        <Box flexGrow={1} />
        <Button
          size="small"
          onClick={() => setOpen(o => !o)}
          aria-expanded={open}
          aria-controls={panelId}
          aria-label={`${open ? 'Hide' : 'Show'} deployments of ${name}`}
          endIcon={open ? <ExpandLessIcon /> : <ExpandMoreIcon />}
        >
          {open ? 'Hide' : 'Show'} deployments
        </Button>
      </Box>
      <Box pl={5}>
        <StepFacts step={step} />
        <StepNotes step={step} />
        <Collapse in={open} unmountOnExit>
          <Box pt={1} id={panelId}>
            <StepDeployments
              step={step}
              releaseId={releaseId}
              refreshKey={refreshKey}
            />
          </Box>
        </Collapse>
      </Box>
    </li>
  );
}
