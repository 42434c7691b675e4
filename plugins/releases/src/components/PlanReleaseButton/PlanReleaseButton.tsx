import { useRouteRef } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import AddIcon from '@material-ui/icons/Add';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { releaseRouteRef } from '../../routes';
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
  return (
    <>
      <Button
        variant="contained"
        color="primary"
        startIcon={<AddIcon />}
        onClick={() => setOpen(true)}
      >
        Plan a release
      </Button>
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
