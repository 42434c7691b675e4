import { mockCredentials } from '@backstage/backend-test-utils';
import type { Api } from './releaseRequests';

/** Where the actions registry serves the plugin's actions (backend-defaults, actionsRegistry). */
export const ACTIONS_PATH = '/api/releases/.backstage/actions';

/**
 * Invokes `releases:<name>` as the registry's v2 endpoint takes it (`{ input }`), as the given user
 * or, without one, as the test backend's default mock user.
 */
export function invokeAction(
  api: Api,
  name: string,
  input: object,
  as?: string,
) {
  const call = api()
    .post(`${ACTIONS_PATH}/v2/actions/releases:${name}/invoke`)
    .set(
      'Authorization',
      as ? mockCredentials.user.header(as) : mockCredentials.user.header(),
    );
  return call.send({ input });
}
