import { Progress } from '@backstage/core-components';
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { CalendarPage } from './calendar/CalendarPage';
import { ReleaseDetailsPage } from './releasePage/ReleaseDetailsPage';
import { ReleasesPage } from './releaseList/ReleasesPage';

// The metrics page brings the charting library: only those who open it load it.
const MetricsPage = lazy(() =>
  import('./metrics/MetricsPage').then(m => ({ default: m.MetricsPage })),
);

/** The plugin's pages: the org-wide list and, below it, each release. */
export function Router() {
  return (
    <Routes>
      <Route path="/" element={<ReleasesPage />} />
      <Route
        path="/metrics"
        element={
          <Suspense fallback={<Progress />}>
            <MetricsPage />
          </Suspense>
        }
      />
      <Route path="/calendar" element={<CalendarPage />} />
      <Route path="/:releaseId" element={<ReleaseDetailsPage />} />
    </Routes>
  );
}
