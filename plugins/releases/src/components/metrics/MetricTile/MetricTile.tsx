import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';

export interface MetricTileProps {
  label: string;
  /** The formatted value; "—" when there is nothing to compute it from. */
  value: string;
  /** What the number means, in a few words. */
  hint?: string;
  size?: 'large' | 'small';
}

/** One headline number with its label, as a named region so it can be found and read on its own. */
export function MetricTile(props: MetricTileProps) {
  const { label, value, hint, size = 'large' } = props;
  return (
    <Box component="section" aria-label={label} py={1}>
      <Typography
        variant={size === 'large' ? 'h4' : 'h5'}
        component="p"
        title={hint}
      >
        {value}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {label}
      </Typography>
      {hint && size === 'large' && (
        <Typography variant="caption" color="textSecondary">
          {hint}
        </Typography>
      )}
    </Box>
  );
}
