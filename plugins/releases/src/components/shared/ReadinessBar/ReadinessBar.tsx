import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import type { ReadinessSummary } from '@releasekit/plugin-releases-common';

/** A release's or a component's readiness: a bar, the percent and what is still required. */
export function ReadinessBar(props: {
  readiness: ReadinessSummary;
  label?: string;
}) {
  const { readiness, label = 'Readiness' } = props;
  return (
    <Box display="flex" alignItems="center" minWidth={160}>
      <Box flexGrow={1} mr={1}>
        <LinearProgress
          variant="determinate"
          value={readiness.percent}
          color={readiness.ready ? 'primary' : 'secondary'}
          aria-label={`${label}: ${readiness.percent}%`}
        />
      </Box>
      <Typography variant="body2" color="textSecondary" component="span">
        {readiness.percent}%
        {readiness.requiredOpen > 0
          ? ` · ${readiness.requiredOpen} required open`
          : ''}
      </Typography>
    </Box>
  );
}
