import type {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import {
  AuthenticationError,
  InputError,
  NotAllowedError,
  NotFoundError,
  ResponseError,
} from '@backstage/errors';
import { ReleasesClient } from '@releasekit/plugin-releases-node';

/**
 * What both actions need to reach the Releases API.
 *
 * @public
 */
export interface ReleasesApiOptions {
  discovery: Pick<DiscoveryService, 'getBaseUrl'>;
  auth: Pick<AuthService, 'getPluginRequestToken'>;
}

/**
 * The Releases client and a token on behalf of the user who started the task, so that the API
 * decides with that user's permissions (and records them as the actor), not the scaffolder's.
 */
export async function releasesApiFor(
  options: ReleasesApiOptions,
  initiator: BackstageCredentials,
): Promise<{ client: ReleasesClient; token: string }> {
  const { token } = await options.auth.getPluginRequestToken({
    onBehalfOf: initiator,
    targetPluginId: 'releases',
  });
  return {
    client: new ReleasesClient({ discovery: options.discovery }),
    token,
  };
}

/**
 * An answer of the API as the step's error: the API's own message (a ResponseError's `cause`),
 * behind what the step tried to do, as the error type a Backstage backend would throw for it. The
 * ResponseError is not chained as a cause: its "Request failed with 400" would only add noise to
 * the message the template's user reads.
 */
export function releasesApiError(error: unknown, doing: string): Error {
  if (!ResponseError.is(error)) {
    return error instanceof Error ? error : new Error(String(error));
  }
  const message = `Could not ${doing}: ${error.cause.message}`;
  switch (error.statusCode) {
    case 400:
      return new InputError(message);
    case 401:
      return new AuthenticationError(message);
    case 403:
      return new NotAllowedError(message);
    case 404:
      return new NotFoundError(message);
    default:
      return new Error(
        `${message} (the Releases API answered ${error.statusCode} ${error.statusText})`,
        { cause: error },
      );
  }
}
