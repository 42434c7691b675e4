import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import {
  isClosedStatus,
  type ReleaseInsights,
} from '@releasekit/plugin-releases-common';
import { ConflictSentence } from './ConflictSentence';
import { countOf } from './insightWording';
import { WarningSentence } from './WarningSentence';

/** "2 conflicts and 1 warning", "What it would collide with once planned: 1 conflict", "No conflicts or warnings". */
function summary(insights: ReleaseInsights): string {
  const { conflicts, warnings } = insights;
  if (conflicts.length === 0 && warnings.length === 0)
    return 'No conflicts or warnings.';
  const prospective = conflicts.filter(c => c.prospective).length;
  const parts = [
    conflicts.length > 0 &&
      (prospective === conflicts.length
        ? `${countOf(conflicts.length, 'conflict', 'conflicts')} once planned`
        : countOf(conflicts.length, 'conflict', 'conflicts')),
    warnings.length > 0 && countOf(warnings.length, 'warning', 'warnings'),
  ].filter((p): p is string => !!p);
  return `${parts.join(' and ')}.`;
}

/**
 * The release's conflicts and warnings, each a sentence built from the answer's fields. A draft's
 * conflicts are those it would have once planned, and say so.
 */
export function InsightAlerts(props: { insights: ReleaseInsights }) {
  const { insights } = props;
  const finished = isClosedStatus(insights.releaseStatus);
  const started = insights.releaseStatus === 'in_progress';
  return (
    <>
      <Typography variant="body2" color="textSecondary" gutterBottom>
        {summary(insights)}
      </Typography>
      {insights.conflicts.map((conflict, index) => (
        <Alert
          key={`conflict-${conflict.kind}-${index}`}
          severity={conflict.prospective ? 'info' : 'warning'}
        >
          <AlertTitle>
            {conflict.prospective ? 'Would conflict once planned' : 'Conflict'}
          </AlertTitle>
          <ConflictSentence conflict={conflict} />
        </Alert>
      ))}
      {insights.warnings.map((warning, index) => (
        <Alert key={`warning-${warning.kind}-${index}`} severity="info">
          <WarningSentence
            warning={warning}
            finished={finished}
            started={started}
          />
        </Alert>
      ))}
    </>
  );
}
