import {
  type AuthService,
  type BackstageCredentials,
  type BackstagePrincipalTypes,
  coreServices,
  createServiceFactory,
  type HttpAuthService,
} from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';

/** How backend-test-utils writes its mock service tokens: this prefix, then JSON claims. */
const SERVICE_TOKEN_PREFIX = 'mock-service-token:';

interface ServiceTokenClaims {
  sub?: string;
  obo?: string;
  target?: string;
}

function claimsOf(token: string): ServiceTokenClaims | undefined {
  return token.startsWith(SERVICE_TOKEN_PREFIX)
    ? JSON.parse(token.slice(SERVICE_TOKEN_PREFIX.length))
    : undefined;
}

/** The user a plugin acts for, with the plugin as actor; undefined for other tokens. */
function onBehalfOf(token: string): BackstageCredentials | undefined {
  const claims = claimsOf(token);
  return claims?.obo && claims.sub
    ? mockCredentials.user(claims.obo, { actor: { subject: claims.sub } })
    : undefined;
}

/**
 * Backstage's mock auth service with one behaviour of the real one that the permission backend
 * relies on: a token a plugin obtained on behalf of a user authenticates as that user with the
 * plugin as actor. The mock drops the actor, so the permission backend would take every such call
 * for a user's own and refuse the conditional requests that search and the Releases backend make
 * for users ("Direct user requests without a resourceRef are not allowed").
 */
class ActorPreservingAuth implements AuthService {
  constructor(
    private readonly inner: AuthService,
    private readonly pluginId: string,
  ) {}

  async authenticate(
    token: string,
    options?: { allowLimitedAccess?: boolean },
  ): Promise<BackstageCredentials> {
    const credentials = await this.inner.authenticate(token, options);
    return onBehalfOf(token) ?? credentials;
  }

  async getPluginRequestToken(
    options: Parameters<AuthService['getPluginRequestToken']>[0],
  ): Promise<{ token: string }> {
    const { token } = await this.inner.getPluginRequestToken(options);
    const claims = claimsOf(token);
    if (!claims?.obo) return { token };
    // The mock leaves out who asks on the user's behalf: this plugin.
    const withActor = { ...claims, sub: `plugin:${this.pluginId}` };
    return { token: `${SERVICE_TOKEN_PREFIX}${JSON.stringify(withActor)}` };
  }

  isPrincipal<TType extends keyof BackstagePrincipalTypes>(
    credentials: BackstageCredentials,
    type: TType,
  ): credentials is BackstageCredentials<BackstagePrincipalTypes[TType]> {
    return this.inner.isPrincipal(credentials, type);
  }

  getNoneCredentials() {
    return this.inner.getNoneCredentials();
  }

  getOwnServiceCredentials() {
    return this.inner.getOwnServiceCredentials();
  }

  getLimitedUserToken(credentials: BackstageCredentials) {
    return this.inner.getLimitedUserToken(
      credentials as Parameters<AuthService['getLimitedUserToken']>[0],
    );
  }

  listPublicServiceKeys() {
    return this.inner.listPublicServiceKeys();
  }
}

/** The same for requests: the mock HTTP auth service reads tokens with a mock auth service of its own. */
class ActorPreservingHttpAuth implements HttpAuthService {
  constructor(private readonly inner: HttpAuthService) {}

  async credentials<TAllowed extends keyof BackstagePrincipalTypes = 'unknown'>(
    req: Parameters<HttpAuthService['credentials']>[0],
    options?: { allow?: Array<TAllowed>; allowLimitedAccess?: boolean },
  ): Promise<BackstageCredentials<BackstagePrincipalTypes[TAllowed]>> {
    const credentials = await this.inner.credentials(req, options);
    const token = /^Bearer\s+(\S+)$/i.exec(
      req.headers.authorization ?? '',
    )?.[1];
    const acting = token ? onBehalfOf(token) : undefined;
    // A user's credentials, which the inner service has just allowed for this request.
    return (acting ?? credentials) as typeof credentials;
  }

  issueUserCookie(...args: Parameters<HttpAuthService['issueUserCookie']>) {
    return this.inner.issueUserCookie(...args);
  }
}

/** Replace the test backend's mock auth and HTTP auth services in every plugin. */
export const actorPreservingAuthFactories = [
  createServiceFactory({
    service: coreServices.auth,
    deps: { plugin: coreServices.pluginMetadata },
    factory({ plugin }) {
      const pluginId = plugin.getId();
      return new ActorPreservingAuth(mockServices.auth({ pluginId }), pluginId);
    },
  }),
  createServiceFactory({
    service: coreServices.httpAuth,
    deps: { plugin: coreServices.pluginMetadata },
    factory({ plugin }) {
      return new ActorPreservingHttpAuth(
        mockServices.httpAuth({ pluginId: plugin.getId() }),
      );
    },
  }),
];
