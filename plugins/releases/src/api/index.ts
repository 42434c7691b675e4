export * from './ReleasesApi';
export { ReleasesClient } from './ReleasesClient';
