import type { LoggerService } from '@backstage/backend-plugin-api';
import type { ErrorRequestHandler } from 'express';
import { randomBytes } from 'node:crypto';

// The errors Backstage's error middleware answers with their own status (its getStatusCode): they
// are the plugin's deliberate answers, and their messages are written for the caller.
const DELIBERATE = new Set([
  'NotModifiedError',
  'InputError',
  'AuthenticationError',
  'NotAllowedError',
  'NotFoundError',
  'ConflictError',
  'NotImplementedError',
  'ServiceUnavailableError',
]);

function isDeliberate(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { statusCode, status, name } = error as Record<string, unknown>;
  return (
    typeof statusCode === 'number' ||
    typeof status === 'number' ||
    DELIBERATE.has(name as string)
  );
}

/**
 * In production, a 500 answers with a log id instead of the error's own message. Backstage's error
 * middleware already leaves stack traces out outside development, but the message of an unexpected
 * error is the library's: an SQL statement, a host name, a file path. The log keeps all of it under
 * the id the caller can quote. Outside production the message stays, as tests and developers want it.
 */
export function hideInternalErrors(options: {
  logger: LoggerService;
  production: boolean;
}): ErrorRequestHandler {
  const { logger, production } = options;
  return (error, _req, _res, next) => {
    if (!production || isDeliberate(error)) {
      next(error);
      return;
    }
    const logId = randomBytes(8).toString('hex');
    logger.error(`Internal error, logId=${logId}`, error);
    const hidden = new Error(
      `An internal error occurred; the backend log has the details under logId=${logId}`,
    );
    delete hidden.stack;
    next(hidden);
  };
}
