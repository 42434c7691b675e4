import Chip from '@material-ui/core/Chip';
import {
  STATUS_LABELS,
  type ReleaseStatus,
} from '@releasekit/plugin-releases-common';

const COLORS: Record<ReleaseStatus, 'default' | 'primary' | 'secondary'> = {
  draft: 'default',
  planned: 'primary',
  in_progress: 'secondary',
  released: 'primary',
  rolled_back: 'secondary',
  cancelled: 'default',
};

export function ReleaseStatusChip(props: { status: ReleaseStatus }) {
  const { status } = props;
  return (
    <Chip
      size="small"
      label={STATUS_LABELS[status]}
      color={COLORS[status]}
      variant={
        status === 'released' || status === 'cancelled' ? 'outlined' : 'default'
      }
    />
  );
}
