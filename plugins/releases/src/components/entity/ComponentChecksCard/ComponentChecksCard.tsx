import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { CheckResult } from '@releasekit/plugin-releases-common';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { releasesApiRef } from '../../../api';
import { useReleaseSignals } from '../../../hooks/useReleaseSignals';
import { CheckResultRow } from './CheckResultRow';

export interface ComponentChecksCardProps {
  entityRef: string;
  /**
   * The component's releases not yet finished. A result that settles one of their items makes the
   * backend signal that release, and the card reloads; a result no release waits for shows on
   * the next visit.
   */
  releaseIds: string[];
}

function byCheck(a: CheckResult, b: CheckResult): number {
  return a.check.localeCompare(b.check, 'en-US');
}

function CheckResultsTable(props: { results: CheckResult[] }) {
  return (
    <TableContainer>
      <Table size="small" aria-label="Check results">
        <TableHead>
          <TableRow>
            <TableCell>Check</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Summary</TableCell>
            <TableCell>When</TableCell>
            <TableCell>Reported by</TableCell>
            <TableCell>Evidence</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.results.map(result => (
            <CheckResultRow key={result.check} result={result} />
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** The latest result of each automated check reported for a component, from pipelines and providers. */
export function ComponentChecksCard(props: ComponentChecksCardProps) {
  const { entityRef, releaseIds } = props;
  const api = useApi(releasesApiRef);
  // A counter rather than useAsyncRetry's retry, which ignores a signal that arrives mid-load.
  const [signalled, setSignalled] = useState(0);
  const { value, loading, error } = useAsync(
    async () => [...(await api.listCheckResults(entityRef))].sort(byCheck),
    [api, entityRef, signalled],
  );
  useReleaseSignals(releaseIds, () => setSignalled(n => n + 1));

  let content: React.ReactNode;
  if (error) {
    content = (
      <ResponseErrorPanel title="Could not load check results" error={error} />
    );
  } else if (!value) {
    // Only the first load: a reload after a signal keeps the results shown until it answers.
    content = loading ? <Progress /> : null;
  } else if (value.length === 0) {
    content = (
      <>
        <Typography variant="body1">
          No check results for this component yet.
        </Typography>
        <Typography variant="body2" color="textSecondary">
          Pipelines report them to POST /api/releases/checks/results; catalog
          and Tech Insights checks report when a release’s checks run.
        </Typography>
      </>
    );
  } else {
    content = <CheckResultsTable results={value} />;
  }
  return <InfoCard title="Checks">{content}</InfoCard>;
}
