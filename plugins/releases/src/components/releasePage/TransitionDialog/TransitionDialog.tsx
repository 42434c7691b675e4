import { useApi } from '@backstage/core-plugin-api';
import TextField from '@material-ui/core/TextField';
import type {
  Release,
  ReleaseStatus,
} from '@releasekit/plugin-releases-common';
import { useState } from 'react';
import {
  isConflict,
  releasesApiRef,
  serverErrorOf,
  type ServerError,
} from '../../../api';
import { useFormSubmission } from '../../../hooks/useFormSubmission';
import { DialogForm, FormDialog } from '../../shared/FormDialog';
import { describeTransition, TRANSITION_ACTIONS } from './transitionCopy';

export interface TransitionDialogProps {
  release: Release;
  /** The status to move to; the dialog is open while it is set. */
  to?: ReleaseStatus;
  onClose: () => void;
  onDone: (release: Release) => void;
}

/**
 * Confirms a status change and says what it does. Starting a release that is not ready is refused
 * by the API (409); the dialog then offers to start anyway, which needs a reason and is recorded.
 */
export function TransitionDialog(props: TransitionDialogProps) {
  const { to, onClose } = props;
  return (
    <FormDialog open={Boolean(to)} onClose={onClose} titleId="transition-title">
      {to && <TransitionForm {...props} to={to} />}
    </FormDialog>
  );
}

/**
 * Planning or starting is refused (409) when the release is not ready or its window falls in a
 * freeze; the API then says that an override with a reason is possible. A stale revision or an
 * illegal transition is a 409 too, but says nothing of the kind.
 */
function mayOverride(
  release: Release,
  to: ReleaseStatus,
  error: ServerError,
): boolean {
  if ((to !== 'planned' && to !== 'in_progress') || !isConflict(error)) {
    return false;
  }
  return (
    /override/i.test(error.message) ||
    (to === 'in_progress' && !release.readiness.ready)
  );
}

function TransitionForm(props: TransitionDialogProps & { to: ReleaseStatus }) {
  const { release, to, onClose, onDone } = props;
  const api = useApi(releasesApiRef);
  const [reason, setReason] = useState('');
  const [override, setOverride] = useState(false);
  const form = useFormSubmission();
  const reasonMissing = override && !reason.trim();
  const overrideAction = to === 'in_progress' ? 'Start anyway' : 'Plan anyway';

  const submit = () =>
    form.submit(
      async () => {
        const trimmed = reason.trim();
        try {
          onDone(
            await api.transition(release.id, {
              to,
              ...(trimmed ? { reason: trimmed } : {}),
              ...(override ? { override: true } : {}),
            }),
          );
        } catch (error) {
          if (!override && mayOverride(release, to, serverErrorOf(error))) {
            setOverride(true);
          }
          throw error;
        }
      },
      () => !reasonMissing,
    );

  return (
    <DialogForm
      title={override ? `${overrideAction}?` : `${TRANSITION_ACTIONS[to]}?`}
      description={describeTransition(release, to)}
      error={form.refusal?.message}
      errorSeverity={override ? 'warning' : 'error'}
      onSubmit={submit}
      onCancel={onClose}
      cancelLabel="Back"
      submitLabel={override ? overrideAction : TRANSITION_ACTIONS[to]}
      submitColor={to === 'cancelled' || override ? 'secondary' : 'primary'}
      busy={form.submitting}
      submitDisabled={reasonMissing}
    >
      <TextField
        id="transition-reason"
        label={
          override
            ? `Why ${overrideAction.toLocaleLowerCase('en-US')}`
            : 'Reason (optional)'
        }
        value={reason}
        onChange={event => setReason(event.target.value)}
        required={override}
        error={override && reasonMissing && Boolean(form.refusal)}
        helperText={
          override
            ? 'Required: the override and its reason are recorded in the activity'
            : undefined
        }
        multiline
        minRows={2}
        fullWidth
        variant="outlined"
        margin="dense"
        disabled={form.submitting}
      />
    </DialogForm>
  );
}
