import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type {
  ReleaseRisk,
  RiskFactor,
} from '@releasekit/plugin-releases-common';
import { useState } from 'react';
import { RelativeTime } from '../../shared/RelativeTime';
import { RiskLevelChip } from '../../shared/RiskLevelChip';

const useStyles = makeStyles(theme => ({
  // Muted, yet at the theme's secondary text colour, which keeps 4.5:1 on the card.
  idle: { '& > *': { color: theme.palette.text.secondary } },
  number: { whiteSpace: 'nowrap' },
}));

/** Weights may be fractional in app-config; points are shown as precisely as they add up. */
function points(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function FactorRow(props: { factor: RiskFactor }) {
  const { factor } = props;
  const classes = useStyles();
  const numeric = { align: 'right', className: classes.number } as const;
  return (
    <TableRow className={factor.contribution === 0 ? classes.idle : undefined}>
      <TableCell component="th" scope="row">
        {factor.label}
      </TableCell>
      <TableCell {...numeric}>{points(factor.value)}</TableCell>
      <TableCell {...numeric}>× {points(factor.weight)}</TableCell>
      <TableCell {...numeric}>= {points(factor.contribution)}</TableCell>
    </TableRow>
  );
}

function FactorTable(props: { risk: ReleaseRisk }) {
  const { risk } = props;
  // The sidebar is narrow: column headers must not break mid-word.
  const classes = useStyles();
  const [showAll, setShowAll] = useState(false);
  const adding = risk.factors.filter(f => f.contribution !== 0);
  const shown = showAll ? risk.factors : adding;
  const idleCount = risk.factors.length - adding.length;
  return (
    <>
      {shown.length > 0 ? (
        <TableContainer>
          <Table size="small" aria-label="Risk factors">
            <TableHead>
              <TableRow>
                <TableCell>Factor</TableCell>
                <TableCell align="right" className={classes.number}>
                  Value
                </TableCell>
                <TableCell align="right" className={classes.number}>
                  Weight
                </TableCell>
                <TableCell align="right" className={classes.number}>
                  Points
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map(factor => (
                <FactorRow key={factor.key} factor={factor} />
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      ) : (
        <Typography variant="body2">No factor adds to the score.</Typography>
      )}
      {idleCount > 0 && (
        <Button
          size="small"
          aria-expanded={showAll}
          onClick={() => setShowAll(value => !value)}
        >
          {showAll
            ? 'Hide factors that add nothing'
            : `Show all ${risk.factors.length} factors`}
        </Button>
      )}
    </>
  );
}

/**
 * Why a release is as risky as its score says: each factor's value times its weight, summed and
 * capped at 100. It shows what the release carries, so a refetched release shows the new score.
 */
export function RiskPanel(props: { risk: ReleaseRisk | null }) {
  const { risk } = props;
  if (!risk) {
    return (
      <Typography variant="body2" color="textSecondary">
        Risk not computed yet. It is computed after the release changes, and
        refreshed on a schedule.
      </Typography>
    );
  }
  const sum = risk.factors.reduce((total, f) => total + f.contribution, 0);
  return (
    <>
      <Box display="flex" alignItems="center" flexWrap="wrap" mb={1}>
        <Box mr={1}>
          <Typography variant="h4" component="p">
            {risk.score}
            <Typography variant="body1" component="span">
              {' '}
              / 100
            </Typography>
          </Typography>
        </Box>
        <RiskLevelChip risk={risk} showScore={false} />
      </Box>
      <Typography variant="body2" color="textSecondary" paragraph>
        The score is the sum of each factor’s value × weight, capped at 100; the
        weights come from app-config (releases.risk.weights).
        {sum > 100 && ` Here they add up to ${points(sum)}.`}
      </Typography>
      <FactorTable risk={risk} />
      <Typography variant="body2" color="textSecondary">
        Computed <RelativeTime iso={risk.computedAt} />
      </Typography>
    </>
  );
}
