import { InfoCard } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { EntityRefLink, EntityRefLinks } from '@backstage/plugin-catalog-react';
import Button from '@material-ui/core/Button';
import { accessOf, NOT_RELEASE_OWNER } from '../../../access';
import { DisabledReason } from '../../shared/DisabledReason';
import Chip from '@material-ui/core/Chip';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import type {
  Decision,
  Release,
  ReleaseStatus,
} from '@releasekit/plugin-releases-common';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { releasesApiRef, serverErrorOf } from '../../../api';
import { formatRelative } from '../../../formatting';
import { DecisionDialog } from '../DecisionDialog';

/** Go/no-go is decided on a plan before it starts, or while it runs; the API refuses it otherwise. */
const DECIDABLE: readonly ReleaseStatus[] = ['planned', 'in_progress'];

export interface DecisionsSectionProps {
  release: Release;
  /** The release as reloaded after a decision was recorded. */
  onChange: (release: Release) => void;
}

function readinessThen(decision: Decision): string {
  const { readiness } = decision;
  const open = readiness.requiredOpen;
  return `Readiness then: ${readiness.percent}%${
    open > 0
      ? `, ${open} required item${open === 1 ? '' : 's'} open`
      : ', every required item settled'
  }`;
}

/** What the latest decision means for starting, said once above the list. */
function latestMeaning(release: Release): string | undefined {
  const latest = release.decisions[release.decisions.length - 1];
  if (!latest || release.status !== 'planned') return undefined;
  return latest.decision === 'go'
    ? 'The latest decision is go: the release can start.'
    : 'The latest decision is no-go: starting needs a new go decision, or an override with a reason.';
}

function DecisionRow(props: { decision: Decision }) {
  const { decision } = props;
  const go = decision.decision === 'go';
  return (
    <ListItem disableGutters divider alignItems="flex-start">
      <ListItemText
        primaryTypographyProps={{ component: 'div' }}
        primary={
          <>
            <Chip
              size="small"
              label={go ? 'Go' : 'No-go'}
              color={go ? 'primary' : 'secondary'}
              style={{ marginRight: 8 }}
            />
            {decision.rationale}
          </>
        }
        secondaryTypographyProps={{ component: 'div' }}
        secondary={
          <>
            {decision.attendees.length > 0 && (
              <div>
                Attendees:{' '}
                <EntityRefLinks
                  entityRefs={decision.attendees}
                  defaultKind="user"
                />
              </div>
            )}
            <div>
              Decided by{' '}
              <EntityRefLink
                entityRef={decision.decidedBy}
                defaultKind="user"
              />
              {' · '}
              <time
                dateTime={decision.decidedAt}
                title={DateTime.fromISO(decision.decidedAt).toLocaleString(
                  DateTime.DATETIME_MED,
                )}
              >
                {formatRelative(decision.decidedAt)}
              </time>
            </div>
            <div>{readinessThen(decision)}</div>
            {decision.overrideReason && (
              <div>
                Went ahead despite failed required checks:{' '}
                {decision.overrideReason}
              </div>
            )}
          </>
        }
      />
    </ListItem>
  );
}

/** The release's go/no-go decisions, newest first, and the way to record one. */
export function DecisionsSection(props: DecisionsSectionProps) {
  const { release, onChange } = props;
  const api = useApi(releasesApiRef);
  const alertApi = useApi(alertApiRef);
  const [open, setOpen] = useState(false);
  const canDecide = DECIDABLE.includes(release.status);
  const mayUpdate = accessOf(release).update;
  const newestFirst = [...release.decisions].reverse();
  const meaning = latestMeaning(release);

  const recorded = async () => {
    setOpen(false);
    // The decision changes what starting needs and bumps the revision: take the release anew.
    try {
      onChange(await api.getRelease(release.id));
    } catch (error) {
      alertApi.post({
        message: `The decision was recorded, but the release could not be reloaded: ${
          serverErrorOf(error).message
        }`,
        severity: 'warning',
      });
    }
  };

  return (
    <InfoCard
      title="Go/no-go"
      action={
        canDecide ? (
          <DisabledReason reason={mayUpdate ? undefined : NOT_RELEASE_OWNER}>
            <Button
              variant="outlined"
              color="primary"
              onClick={() => setOpen(true)}
              disabled={!mayUpdate}
              style={{ marginTop: 8, marginRight: 8 }}
            >
              Record decision
            </Button>
          </DisabledReason>
        ) : undefined
      }
    >
      {meaning && (
        <Typography variant="body2" gutterBottom>
          {meaning}
        </Typography>
      )}
      {newestFirst.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          {release.status === 'planned'
            ? 'No decision recorded yet. Starting needs a go decision, or every required item settled.'
            : 'No go/no-go decision recorded.'}
        </Typography>
      ) : (
        <List dense disablePadding aria-label="Go/no-go decisions">
          {newestFirst.map(decision => (
            <DecisionRow key={decision.id} decision={decision} />
          ))}
        </List>
      )}
      {canDecide && (
        <DecisionDialog
          open={open}
          release={release}
          onClose={() => setOpen(false)}
          onRecorded={recorded}
        />
      )}
    </InfoCard>
  );
}
