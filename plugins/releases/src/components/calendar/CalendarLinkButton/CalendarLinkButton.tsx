import { useRouteRef } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import CalendarTodayIcon from '@material-ui/icons/CalendarToday';
import { Link as RouterLink } from 'react-router-dom';
import { calendarRouteRef } from '../../../routes';

/** "Calendar": the way from the list of releases to the release calendar. */
export function CalendarLinkButton() {
  const calendarRoute = useRouteRef(calendarRouteRef);
  return (
    <Button
      component={RouterLink}
      to={calendarRoute()}
      startIcon={<CalendarTodayIcon />}
    >
      Calendar
    </Button>
  );
}
