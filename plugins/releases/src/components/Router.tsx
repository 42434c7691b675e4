import { Route, Routes } from 'react-router-dom';
import { ReleaseDetailsPage } from './ReleaseDetailsPage';
import { ReleasesPage } from './ReleasesPage';

/** The plugin's pages: the org-wide list and, below it, each release. */
export function Router() {
  return (
    <Routes>
      <Route path="/" element={<ReleasesPage />} />
      <Route path="/:releaseId" element={<ReleaseDetailsPage />} />
    </Routes>
  );
}
