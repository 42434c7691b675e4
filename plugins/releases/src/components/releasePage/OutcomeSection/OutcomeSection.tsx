import { InfoCard, Link, MarkdownContent } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import { accessOf, NOT_RELEASE_OWNER } from '../../../access';
import { DisabledReason } from '../../shared/DisabledReason';
import Chip from '@material-ui/core/Chip';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import type { Outcome, Release } from '@releasekit/plugin-releases-common';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { isHttpUrl } from '../EvidenceLinkDialog';
// Straight from the module, not the folder's index: that one brings the charting library.
import { formatHours } from '../../metrics/metricsFormat';
import {
  isOutcomeRecordable,
  OUTCOME_LABELS,
  OutcomeDialog,
} from '../OutcomeDialog';

export interface OutcomeSectionProps {
  release: Release;
  /** The release as the server has it after the outcome was recorded or reloaded. */
  onChange: (release: Release) => void;
  /** When every component reached production (the runbook's), offered as the release time. */
  offeredReleasedAt?: string | null;
}

/** "3 h after the window end" or "within the planned window". */
function timingOf(release: Release, outcome: Outcome): string {
  const slipMs = Date.parse(outcome.releasedAt) - Date.parse(release.windowEnd);
  return slipMs > 0
    ? `${formatHours(slipMs / 3_600_000)} after the planned window end`
    : 'within the planned window';
}

function RecordedOutcome(props: { release: Release; outcome: Outcome }) {
  const { release, outcome } = props;
  const failed =
    outcome.result === 'failed' || outcome.result === 'rolled_back';
  return (
    <Box component="section" aria-label="Recorded outcome">
      <Box display="flex" alignItems="center" flexWrap="wrap" gridGap={8}>
        <Chip
          label={OUTCOME_LABELS[outcome.result]}
          color={failed ? 'secondary' : 'primary'}
        />
        <Typography variant="body2">
          Released{' '}
          <time dateTime={outcome.releasedAt}>
            {DateTime.fromISO(outcome.releasedAt).toLocaleString(
              DateTime.DATETIME_MED,
            )}
          </time>
          , {timingOf(release, outcome)}
        </Typography>
      </Box>
      <Typography variant="caption" color="textSecondary" component="div">
        Recorded by{' '}
        <EntityRefLink entityRef={outcome.recordedBy} defaultKind="user" />
        {' · '}
        {DateTime.fromISO(outcome.recordedAt).toLocaleString(
          DateTime.DATETIME_MED,
        )}
      </Typography>

      <Typography variant="subtitle2" component="h3" style={{ marginTop: 16 }}>
        Incidents
      </Typography>
      {outcome.incidents.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No incidents.
        </Typography>
      ) : (
        <List dense disablePadding aria-label="Incidents">
          {outcome.incidents.map((incident, index) => (
            <ListItem disableGutters key={`${index}-${incident.title}`}>
              <ListItemText
                primary={
                  incident.url && isHttpUrl(incident.url) ? (
                    <Link to={incident.url}>{incident.title}</Link>
                  ) : (
                    incident.title
                  )
                }
              />
            </ListItem>
          ))}
        </List>
      )}

      <Typography variant="subtitle2" component="h3" style={{ marginTop: 16 }}>
        Lessons learned
      </Typography>
      {outcome.lessonsLearned.trim() ? (
        <MarkdownContent content={outcome.lessonsLearned} />
      ) : (
        <Typography variant="body2" color="textSecondary">
          None written down.
        </Typography>
      )}

      <Typography variant="subtitle2" component="h3" style={{ marginTop: 16 }}>
        Action items
      </Typography>
      {outcome.actionItems.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No action items.
        </Typography>
      ) : (
        <List dense disablePadding aria-label="Action items">
          {outcome.actionItems.map((item, index) => (
            <ListItem disableGutters key={`${index}-${item.title}`}>
              <ListItemText primary={item.title} />
              {item.carryForward && (
                <Chip
                  size="small"
                  variant="outlined"
                  label="Carried forward"
                  title="Added to the checklist of the next release of the same template and components"
                />
              )}
            </ListItem>
          ))}
        </List>
      )}
    </Box>
  );
}

/** The outcome and retrospective of a release, and the way to record or amend them. */
export function OutcomeSection(props: OutcomeSectionProps) {
  const { release, onChange, offeredReleasedAt } = props;
  const [open, setOpen] = useState(false);
  const canRecord = isOutcomeRecordable(release.status);
  const mayUpdate = accessOf(release).update;

  let body: React.ReactNode;
  if (release.outcome) {
    body = <RecordedOutcome release={release} outcome={release.outcome} />;
  } else if (release.status === 'in_progress') {
    body = (
      <Typography variant="body2" color="textSecondary">
        No outcome yet. Record it once the release is out: it closes the release
        as released, or rolled back.
      </Typography>
    );
  } else if (canRecord) {
    body = (
      <Typography variant="body2" color="textSecondary">
        No outcome was recorded for this release.
      </Typography>
    );
  } else if (release.status === 'cancelled') {
    body = (
      <Typography variant="body2" color="textSecondary">
        A cancelled release has no outcome.
      </Typography>
    );
  } else {
    body = (
      <Typography variant="body2" color="textSecondary">
        Recorded once the release is in progress: the result, incidents, lessons
        learned and action items.
      </Typography>
    );
  }

  return (
    <InfoCard
      title="Outcome & retrospective"
      action={
        canRecord ? (
          <DisabledReason reason={mayUpdate ? undefined : NOT_RELEASE_OWNER}>
            <Button
              variant="outlined"
              color="primary"
              onClick={() => setOpen(true)}
              disabled={!mayUpdate}
              style={{ marginTop: 8, marginRight: 8 }}
            >
              {release.outcome ? 'Amend outcome' : 'Record outcome'}
            </Button>
          </DisabledReason>
        ) : undefined
      }
    >
      {body}
      {canRecord && (
        <OutcomeDialog
          open={open}
          release={release}
          onClose={() => setOpen(false)}
          onSaved={saved => {
            setOpen(false);
            onChange(saved);
          }}
          onReloaded={onChange}
          offer={
            // An amendment keeps the time recorded; only a first outcome is offered the deployments'.
            !release.outcome && offeredReleasedAt
              ? { releasedAt: offeredReleasedAt }
              : undefined
          }
        />
      )}
    </InfoCard>
  );
}
