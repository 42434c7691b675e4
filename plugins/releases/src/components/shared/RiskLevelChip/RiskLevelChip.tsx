import Chip from '@material-ui/core/Chip';
import {
  getContrastRatio,
  makeStyles,
  useTheme,
  type Theme,
} from '@material-ui/core/styles';
import type {
  ReleaseRiskLevel,
  ReleaseRiskLevelOnly,
} from '@releasekit/plugin-releases-common';

export const RISK_LEVEL_LABELS: Record<ReleaseRiskLevel, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

/**
 * The level's colour from the app's theme, and black or white text on it, whichever contrasts
 * more (as the calendar's status colours do): Material's getContrastText settles for 3:1.
 */
function levelColors(theme: Theme, level: ReleaseRiskLevel) {
  const { palette } = theme;
  const background = {
    low: palette.success.main,
    medium: palette.warning.main,
    high: palette.error.main,
  }[level];
  const { black, white } = palette.common;
  const color =
    getContrastRatio(background, white) >= getContrastRatio(background, black)
      ? white
      : black;
  return { backgroundColor: background, color };
}

const useStyles = makeStyles({
  visuallyHidden: {
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

export interface RiskLevelChipProps {
  /** The release's risk; null until the backend first computed it. */
  risk: ReleaseRiskLevelOnly | null;
  /** Adds the score to the level ("High risk · 72"); the release page shows it on its own. */
  showScore?: boolean;
}

/**
 * A release's risk level as a chip that says it in words, coloured as a second cue only. Before
 * the first computation it is a dash that screen readers read as "Risk not computed yet".
 */
export function RiskLevelChip(props: RiskLevelChipProps) {
  const { risk, showScore = true } = props;
  const classes = useStyles();
  const theme = useTheme();
  if (!risk) {
    return (
      <span>
        <span aria-hidden="true">—</span>
        <span className={classes.visuallyHidden}>Risk not computed yet</span>
      </span>
    );
  }
  const label = `${RISK_LEVEL_LABELS[risk.level]} risk`;
  return (
    <Chip
      size="small"
      // Inline, so that the chip's own grey (and a theme's overrides of it) cannot win the cascade.
      style={levelColors(theme, risk.level)}
      label={showScore ? `${label} · ${risk.score}` : label}
    />
  );
}
