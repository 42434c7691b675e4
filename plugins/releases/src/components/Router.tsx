import { Route, Routes } from 'react-router-dom';
import { lazyComponent } from '../lazyLoad';
import { ReleaseDetailsPage } from './releasePage/ReleaseDetailsPage';
import { ReleasesPage } from './releaseList/ReleasesPage';

// The metrics page brings the charting library and the calendar its calendar libraries: only
// those who open them load them.
const MetricsPage = lazyComponent(() =>
  import('./metrics/MetricsPage').then(m => m.MetricsPage),
);
const CalendarPage = lazyComponent(() =>
  import('./calendar/CalendarPage').then(m => m.CalendarPage),
);

/** The plugin's pages: the org-wide list and, below it, each release. */
export function Router() {
  return (
    <Routes>
      <Route path="/" element={<ReleasesPage />} />
      <Route path="/metrics" element={<MetricsPage />} />
      <Route path="/calendar" element={<CalendarPage />} />
      <Route path="/:releaseId" element={<ReleaseDetailsPage />} />
    </Routes>
  );
}
