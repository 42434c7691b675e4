import { DateTime } from 'luxon';
import { formatRelative } from '../../../formatting';

/** "2 hours ago", with the full date and time on hover and for assistive technology. */
export function RelativeTime(props: { iso: string }) {
  const { iso } = props;
  const full = DateTime.fromISO(iso).toLocaleString(
    DateTime.DATETIME_MED_WITH_WEEKDAY,
  );
  return (
    <time dateTime={iso} title={full}>
      {formatRelative(iso)}
    </time>
  );
}
