import { ResponseError } from '@backstage/errors';

/**
 * What the Releases backend said when it refused a request.
 *
 * @public
 */
export interface ServerError {
  /** The error's name as the backend wrote it: `InputError`, `ConflictError`, `NotAllowedError`, … */
  name: string;
  message: string;
  /** The HTTP status, when the error came from a response. */
  statusCode?: number;
}

/**
 * Reads the backend's `{ error: { name, message } }` out of whatever a ReleasesApi call threw.
 *
 * @public
 */
export function serverErrorOf(error: unknown): ServerError {
  if (ResponseError.is(error)) {
    return {
      name: error.cause.name,
      message: error.cause.message,
      statusCode: error.statusCode,
    };
  }
  if (error instanceof Error) {
    return { name: error.name, message: error.message };
  }
  return { name: 'Error', message: String(error) };
}

/** @public */
export function isConflict(error: ServerError): boolean {
  return error.statusCode === 409 || error.name === 'ConflictError';
}

/**
 * The backend's input errors name the field first: `windowEnd: must be after windowStart`.
 * Returns that field and the rest of the message, or undefined when the message names no field.
 *
 * @public
 */
export function fieldErrorOf(
  error: ServerError,
): { field: string; message: string } | undefined {
  if (error.statusCode !== 400 && error.name !== 'InputError') {
    return undefined;
  }
  const match = /^([A-Za-z][A-Za-z0-9]*): (.+)$/s.exec(error.message);
  return match ? { field: match[1], message: match[2] } : undefined;
}
