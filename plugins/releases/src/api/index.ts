export * from './ReleasesApi';
export { ReleasesClient } from './ReleasesClient';
export {
  serverErrorOf,
  fieldErrorOf,
  isConflict,
  type ServerError,
} from './serverError';
