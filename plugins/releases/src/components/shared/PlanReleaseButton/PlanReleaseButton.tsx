import { useRouteRef } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import AddIcon from '@material-ui/icons/Add';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { usePermission } from '@backstage/plugin-permission-react';
import { releaseCreatePermission } from '@releasekit/plugin-releases-common';
import { releaseRouteRef } from '../../../routes';
import { DisabledReason } from '../DisabledReason';
import {
  ReleaseFormDialog,
  type ReleaseFormValues,
} from '../ReleaseFormDialog';

export interface PlanReleaseButtonProps {
  /** Values the form starts with, e.g. the component or the owner of the page it is on. */
  initialValues?: Partial<ReleaseFormValues>;
}

/** "Plan a release": opens the release form and, once created, goes to the new release. */
export function PlanReleaseButton(props: PlanReleaseButtonProps) {
  const { initialValues } = props;
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const releaseLink = useRouteRef(releaseRouteRef);
  const { allowed, loading } = usePermission({
    permission: releaseCreatePermission,
  });
  return (
    <>
      <DisabledReason
        reason={allowed || loading ? undefined : 'You may not plan releases'}
      >
        <Button
          variant="contained"
          color="primary"
          startIcon={<AddIcon />}
          onClick={() => setOpen(true)}
          disabled={!allowed}
        >
          Plan a release
        </Button>
      </DisabledReason>
      <ReleaseFormDialog
        open={open}
        initialValues={initialValues}
        onClose={() => setOpen(false)}
        onSaved={release => {
          setOpen(false);
          navigate(releaseLink({ releaseId: release.id }));
        }}
      />
    </>
  );
}
