import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import { accessOf, NOT_RELEASE_OWNER } from '../../../access';
import { DisabledReason } from '../../shared/DisabledReason';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import {
  allowedTransitions,
  isClosedStatus,
  type Release,
  type ReleaseStatus,
} from '@releasekit/plugin-releases-common';
import { useState } from 'react';
import { releasesApiRef, serverErrorOf } from '../../../api';
import { ReleaseFormDialog } from '../../shared/ReleaseFormDialog';
import { TRANSITION_ACTIONS, TransitionDialog } from '../TransitionDialog';

export interface ReleaseActionsProps {
  release: Release;
  onChange: (release: Release) => void;
  onDeleted: () => void;
}

/** What can be done to a release as a whole: edit it, move it through its lifecycle, delete a draft. */
export function ReleaseActions(props: ReleaseActionsProps) {
  const { release, onChange, onDeleted } = props;
  const api = useApi(releasesApiRef);
  const alertApi = useApi(alertApiRef);
  const [editing, setEditing] = useState(false);
  const [transitionTo, setTransitionTo] = useState<ReleaseStatus>();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const access = accessOf(release);
  const updateReason = access.update ? undefined : NOT_RELEASE_OWNER;

  const remove = async () => {
    setDeleting(true);
    try {
      await api.deleteRelease(release.id);
      onDeleted();
    } catch (error) {
      alertApi.post({
        message: `Could not delete the draft: ${serverErrorOf(error).message}`,
        severity: 'error',
      });
      setDeleting(false);
      setConfirmingDelete(false);
    }
  };

  return (
    <Box display="flex" flexWrap="wrap" gridGap={8}>
      {!isClosedStatus(release.status) && (
        <DisabledReason reason={updateReason}>
          <Button
            variant="outlined"
            onClick={() => setEditing(true)}
            disabled={!access.update}
          >
            Edit
          </Button>
        </DisabledReason>
      )}
      {allowedTransitions(release.status).map(to => (
        <DisabledReason key={to} reason={updateReason}>
          <Button
            variant={to === 'cancelled' ? 'outlined' : 'contained'}
            color={to === 'cancelled' ? 'default' : 'primary'}
            onClick={() => setTransitionTo(to)}
            disabled={!access.update}
          >
            {TRANSITION_ACTIONS[to]}
          </Button>
        </DisabledReason>
      ))}
      {release.status === 'draft' && (
        <DisabledReason reason={access.delete ? undefined : NOT_RELEASE_OWNER}>
          <Button
            variant="outlined"
            color="secondary"
            onClick={() => setConfirmingDelete(true)}
            disabled={!access.delete}
          >
            Delete draft
          </Button>
        </DisabledReason>
      )}

      <ReleaseFormDialog
        open={editing}
        release={release}
        onClose={() => setEditing(false)}
        onSaved={saved => {
          setEditing(false);
          onChange(saved);
        }}
      />
      <TransitionDialog
        release={release}
        to={transitionTo}
        onClose={() => setTransitionTo(undefined)}
        onDone={saved => {
          setTransitionTo(undefined);
          onChange(saved);
        }}
      />
      <Dialog
        open={confirmingDelete}
        onClose={() => setConfirmingDelete(false)}
        aria-labelledby="delete-release-title"
      >
        <DialogTitle id="delete-release-title">
          Delete {release.title} {release.version}?
        </DialogTitle>
        <DialogContent>
          <DialogContentText>
            The draft and its checklist are deleted for good; its activity stays
            in the audit trail. Only drafts can be deleted: a planned release is
            cancelled instead.
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button
            onClick={() => setConfirmingDelete(false)}
            disabled={deleting}
          >
            Keep it
          </Button>
          <Button
            onClick={remove}
            color="secondary"
            variant="contained"
            disabled={deleting}
          >
            Delete draft
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
