import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';

/** What the Releases backend reads of an entity: kind, name, namespace, owner and system. */
export interface CatalogEntity {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace: string };
  spec?: Record<string, unknown>;
}

export function entity(
  kind: string,
  name: string,
  spec?: Record<string, unknown>,
): CatalogEntity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default' },
    ...(spec ? { spec } : {}),
  };
}

const refOf = (e: CatalogEntity) =>
  `${e.kind}:${e.metadata.namespace}/${e.metadata.name}`.toLocaleLowerCase(
    'en-US',
  );

/**
 * The catalog at the edge of the test: a `catalog` plugin answering the one request the Releases
 * backend makes of it (POST /entities/by-refs, through its real catalog client) from these entities.
 */
export function fakeCatalogPlugin(entities: CatalogEntity[]) {
  const byRef = new Map(entities.map(e => [refOf(e), e]));
  return createBackendPlugin({
    pluginId: 'catalog',
    register(env) {
      env.registerInit({
        deps: { http: coreServices.httpRouter },
        async init({ http }) {
          http.use(async (req, res, next) => {
            if (req.method !== 'POST' || req.path !== '/entities/by-refs') {
              next();
              return;
            }
            let body = '';
            for await (const chunk of req) body += chunk;
            const { entityRefs } = JSON.parse(body) as { entityRefs: string[] };
            res.json({
              items: entityRefs.map(
                ref => byRef.get(ref.toLocaleLowerCase('en-US')) ?? null,
              ),
            });
          });
        },
      });
    },
  });
}
