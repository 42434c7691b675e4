import FormControlLabel from '@material-ui/core/FormControlLabel';
import Grid from '@material-ui/core/Grid';
import Switch from '@material-ui/core/Switch';
import { makeStyles } from '@material-ui/core/styles';
import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import {
  RELEASE_STATUSES,
  STATUS_LABELS,
  type ReleaseStatus,
} from '@releasekit/plugin-releases-common';
import { EntityRefPicker } from '../../shared/EntityRefPicker';
import type { CalendarState } from '../calendarState';

export interface CalendarFiltersProps {
  state: CalendarState;
  onChange: (patch: Partial<CalendarState>) => void;
}

const useStyles = makeStyles(theme => ({
  root: {
    // The fields sit on the page's grey background, where Material's secondary text colour for
    // resting labels falls short of 4.5:1 contrast; the primary text colour does not. Focused and
    // invalid labels keep their own (primary and error) colours.
    // The app's class names carry suffixes (MuiFormLabel-focused-123), hence the loose matches.
    '& label:not([class*="focused"]):not([class*="error"]):not([class*="disabled"])':
      {
        color: theme.palette.text.primary,
      },
  },
}));

/** Team, system, component, status and "mine"; every change lands in the URL. */
export function CalendarFilters(props: CalendarFiltersProps) {
  const { state, onChange } = props;
  const classes = useStyles();
  return (
    <Grid container spacing={2} alignItems="center" className={classes.root}>
      <Grid item xs={12} sm={6} md={3}>
        <EntityRefPicker
          id="calendar-filter-team"
          label="Team"
          kinds={['Group']}
          value={state.owner ?? null}
          onChange={owner => onChange({ owner: owner ?? undefined })}
        />
      </Grid>
      <Grid item xs={12} sm={6} md={2}>
        <EntityRefPicker
          id="calendar-filter-system"
          label="System"
          kinds={['System']}
          value={state.system ?? null}
          onChange={system => onChange({ system: system ?? undefined })}
          helperText={
            state.system && state.component
              ? 'Narrowed to the component below'
              : undefined
          }
        />
      </Grid>
      <Grid item xs={12} sm={6} md={3}>
        <EntityRefPicker
          id="calendar-filter-component"
          label="Component"
          kinds={['Component']}
          value={state.component ?? null}
          onChange={component =>
            onChange({ component: component ?? undefined })
          }
        />
      </Grid>
      <Grid item xs={12} sm={6} md={2}>
        <Autocomplete<ReleaseStatus, true>
          id="calendar-filter-status"
          multiple
          filterSelectedOptions
          options={[...RELEASE_STATUSES]}
          value={state.statuses}
          getOptionLabel={status => STATUS_LABELS[status]}
          onChange={(_event, statuses) => onChange({ statuses })}
          renderInput={params => (
            <TextField
              {...params}
              label="Status"
              variant="outlined"
              margin="dense"
            />
          )}
        />
      </Grid>
      <Grid item xs={12} md={2}>
        <FormControlLabel
          control={
            <Switch
              checked={state.mine}
              onChange={event => onChange({ mine: event.target.checked })}
              color="primary"
            />
          }
          label="Only mine"
        />
      </Grid>
    </Grid>
  );
}
