import type {
  CalendarQuery,
  CalendarService,
} from '../service/CalendarService';
import type { ReadOptions } from '../service/ReleaseService';
import type { ReleaseAuthorizer } from './ReleaseAuthorizer';

/** {@link CalendarService} behind the permission framework: only readable releases, in SQL. */
export class AuthorizedCalendarService implements CalendarService {
  constructor(
    private readonly calendarService: CalendarService,
    private readonly authorizer: ReleaseAuthorizer,
  ) {}

  async calendar(query: CalendarQuery, { credentials }: ReadOptions) {
    const readScope = await this.authorizer.readScope(credentials);
    return this.calendarService.calendar(query, { credentials, readScope });
  }
}
