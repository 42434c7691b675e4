import type { AuthService } from '@backstage/backend-plugin-api';
import { type Entity, parseEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type {
  ProvidedCheckResult,
  ReleaseCheckProvider,
  ReleaseCheckRequest,
} from '@releasekit/plugin-releases-node';
import {
  CATALOG_CHECKS,
  type CatalogCheck,
  evaluateRule,
  relatedRefs,
} from './catalogRules';

const isCatalogCheck = (check: string): check is CatalogCheck =>
  (CATALOG_CHECKS as readonly string[]).includes(check);

/** Catalog refs compare case-insensitively. */
const refKey = (ref: string) => ref.toLocaleLowerCase('en-US');

/**
 * Settles `catalog.owner`, `catalog.lifecycle` and `catalog.docs` items from what the catalog says
 * about each component. Reads the catalog as this backend (its own service credentials), in two
 * batched requests per run at most: the components, then the owners and APIs they point at.
 *
 * @public
 */
export class CatalogCheckProvider implements ReleaseCheckProvider {
  readonly id = 'catalog';

  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      /** The portal's address (`app.baseUrl`): results link to the component's catalog page when set. */
      appBaseUrl?: string;
    },
  ) {}

  handles(check: string): boolean {
    return isCatalogCheck(check);
  }

  async evaluate({
    entityRefs,
    checks,
    signal,
  }: ReleaseCheckRequest): Promise<ProvidedCheckResult[]> {
    const wanted = checks.filter(isCatalogCheck);
    if (entityRefs.length === 0 || wanted.length === 0) return [];
    const components = await this.fetch(entityRefs);
    signal.throwIfAborted();
    const related = await this.fetch([
      ...new Set([...components.values()].flatMap(c => relatedRefs(c, wanted))),
    ]);
    signal.throwIfAborted();
    const lookup = (ref: string) => related.get(refKey(ref));
    return entityRefs.flatMap(entityRef => {
      const entity = components.get(refKey(entityRef));
      const url = this.entityUrl(entityRef);
      return wanted.map(check => {
        const verdict = entity
          ? evaluateRule(check, entity, lookup)
          : {
              status: 'failed' as const,
              summary: `The component ${entityRef} is not in the catalog.`,
            };
        return {
          entityRef,
          check,
          ...verdict,
          ...(url ? { url } : {}),
        };
      });
    });
  }

  /** The entities of the given refs that the catalog has, by lower-cased ref. */
  private async fetch(refs: string[]): Promise<Map<string, Entity>> {
    const found = new Map<string, Entity>();
    if (refs.length === 0) return found;
    const { items } = await this.options.catalog.getEntitiesByRefs(
      { entityRefs: refs },
      { credentials: await this.options.auth.getOwnServiceCredentials() },
    );
    items.forEach((entity, i) => {
      if (entity) found.set(refKey(refs[i]), entity);
    });
    return found;
  }

  private entityUrl(entityRef: string): string | undefined {
    const base = this.options.appBaseUrl?.replace(/\/+$/, '');
    if (!base) return undefined;
    const { kind, namespace, name } = parseEntityRef(entityRef);
    return `${base}/catalog/${encodeURIComponent(
      namespace.toLocaleLowerCase('en-US'),
    )}/${encodeURIComponent(
      kind.toLocaleLowerCase('en-US'),
    )}/${encodeURIComponent(name)}`;
  }
}
