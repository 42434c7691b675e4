import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { Risk, RiskLevel } from '@releasekit/plugin-releases-common';

const LEVEL_LABELS: Record<RiskLevel, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

/** The risks of a release: what could go wrong, how likely, how bad, and the mitigation. */
export function RisksTable(props: { risks: Risk[] }) {
  const { risks } = props;
  if (risks.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No risks recorded.
      </Typography>
    );
  }
  return (
    <TableContainer>
      <Table size="small" aria-label="Risks">
        <TableHead>
          <TableRow>
            <TableCell>Risk</TableCell>
            <TableCell>Likelihood</TableCell>
            <TableCell>Impact</TableCell>
            <TableCell>Mitigation</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {risks.map((risk, index) => (
            <TableRow key={`${index}-${risk.title}`}>
              <TableCell component="th" scope="row">
                {risk.title}
              </TableCell>
              <TableCell>{LEVEL_LABELS[risk.likelihood]}</TableCell>
              <TableCell>{LEVEL_LABELS[risk.impact]}</TableCell>
              <TableCell>{risk.mitigation ?? '–'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
