import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import type {
  Release,
  ReleaseExecution,
} from '@releasekit/plugin-releases-common';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { accessOf, NOT_RELEASE_OWNER } from '../../../access';
import { entityNameOf, formatRelative } from '../../../formatting';
import { DisabledReason } from '../../shared/DisabledReason';
import {
  isOutcomeRecordable,
  OutcomeDialog,
  type OutcomeOffer,
} from '../OutcomeDialog';

export interface ExecutionBannerProps {
  release: Release;
  execution: ReleaseExecution;
  /** The release as the server has it after an outcome was recorded from here. */
  onChange: (release: Release) => void;
}

/** "payment-gateway 5.2.0 failed in production", from the failing step's latest production deployment. */
function failureTitle(execution: ReleaseExecution): string {
  const { failure, productionEnvironment } = execution;
  if (!failure) return '';
  const step = execution.steps.find(s => s.entityRef === failure.entityRef);
  const version =
    step?.deployments.find(d => d.environment === productionEnvironment)
      ?.version ?? step?.version;
  const what = [entityNameOf(failure.entityRef), version]
    .filter(Boolean)
    .join(' ');
  return failure.status === 'failed'
    ? `${what} failed in ${productionEnvironment}`
    : `${what} was rolled back in ${productionEnvironment}`;
}

/** The button that opens the outcome form with what the deployments say. */
function OfferButton(props: {
  release: Release;
  label: string;
  onOpen: () => void;
}) {
  const { release, label, onOpen } = props;
  const mayUpdate = accessOf(release).update;
  return (
    <DisabledReason reason={mayUpdate ? undefined : NOT_RELEASE_OWNER}>
      <Button
        color="inherit"
        variant="outlined"
        onClick={onOpen}
        disabled={!mayUpdate}
      >
        {label}
      </Button>
    </DisabledReason>
  );
}

/**
 * What the deployments say about the release as a whole, at the top of its page as soon as they
 * say it: a production deployment failed or was rolled back (with the rollback outcome at hand),
 * or every component is in production (with the actual release time at hand).
 */
export function ExecutionBanner(props: ExecutionBannerProps) {
  const { release, execution, onChange } = props;
  const [offer, setOffer] = useState<OutcomeOffer>();
  const recordable = isOutcomeRecordable(release.status);

  let banner: React.ReactNode = null;
  if (execution.failure) {
    const offersRollback =
      recordable && release.outcome?.result !== 'rolled_back';
    banner = (
      <Alert
        severity="error"
        action={
          offersRollback && (
            <OfferButton
              release={release}
              label="Record rollback"
              onOpen={() => setOffer({ result: 'rolled_back' })}
            />
          )
        }
      >
        <AlertTitle>{failureTitle(execution)}</AlertTitle>
        {offersRollback
          ? 'If the release is undone, record its outcome as rolled back.'
          : 'See the runbook below for its deployments.'}
      </Alert>
    );
  } else if (execution.complete && execution.releasedAt) {
    const releasedAt = execution.releasedAt;
    banner = (
      <Alert
        severity="success"
        role="status"
        action={
          recordable &&
          !release.outcome && (
            <OfferButton
              release={release}
              label="Record outcome"
              onOpen={() => setOffer({ releasedAt })}
            />
          )
        }
      >
        Every component is in production since{' '}
        <time dateTime={releasedAt} title={formatRelative(releasedAt)}>
          {DateTime.fromISO(releasedAt).toLocaleString(DateTime.DATETIME_MED)}
        </time>
        .
      </Alert>
    );
  }
  if (!banner) return null;

  return (
    <>
      {banner}
      {recordable && (
        <OutcomeDialog
          open={offer !== undefined}
          release={release}
          offer={offer}
          onClose={() => setOffer(undefined)}
          onSaved={saved => {
            setOffer(undefined);
            onChange(saved);
          }}
          onReloaded={onChange}
        />
      )}
    </>
  );
}
