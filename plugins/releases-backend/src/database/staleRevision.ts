import { ConflictError } from '@backstage/errors';

/** The 409 for a write sent with a revision the release no longer has. */
export function staleRevisionError(
  releaseId: string,
  sent: number,
  actual: number,
): ConflictError {
  return new ConflictError(
    `Release ${releaseId} was changed by someone else: you sent revision ${sent}, it is now at revision ${actual}. Reload it and apply your change again.`,
  );
}
