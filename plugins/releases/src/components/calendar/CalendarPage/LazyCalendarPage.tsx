import { Progress } from '@backstage/core-components';
import { lazy, Suspense } from 'react';

// The calendar libraries load with the calendar, not with the list of releases.
const CalendarPage = lazy(() =>
  import('./CalendarPage').then(m => ({ default: m.CalendarPage })),
);

/** The release calendar page, loaded on first visit. */
export function LazyCalendarPage() {
  return (
    <Suspense fallback={<Progress />}>
      <CalendarPage />
    </Suspense>
  );
}
