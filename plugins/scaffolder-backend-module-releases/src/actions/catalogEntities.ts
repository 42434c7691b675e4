import type {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  type Entity,
  parseEntityRef,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { nameOf } from './entityRefs';

/** Entities found in the catalog, by ref in lower case (refs compare case-insensitively). */
export type FoundEntities = Map<string, Entity>;

const key = (ref: string) => ref.toLocaleLowerCase('en-US');

function isRef(ref: string): boolean {
  try {
    parseEntityRef(ref);
    return true;
  } catch {
    return false;
  }
}

/** Looks the refs up in one request, with the credentials of the user who started the task. */
export async function findEntities(
  catalog: CatalogService,
  refs: string[],
  credentials: BackstageCredentials,
): Promise<FoundEntities> {
  const found: FoundEntities = new Map();
  // Text that is no ref at all is not the catalog's to refuse: the API (or a dry run) names it.
  const queried = refs.filter(isRef);
  if (queried.length === 0) return found;
  const { items } = await catalog.getEntitiesByRefs(
    {
      entityRefs: queried,
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.title',
        'spec.owner',
        'relations',
      ],
    },
    { credentials },
  );
  items.forEach((entity, i) => {
    if (entity) found.set(key(queried[i]), entity);
  });
  return found;
}

export function entityOf(
  found: FoundEntities,
  ref: string,
): Entity | undefined {
  return found.get(key(ref));
}

export function missingRefs(found: FoundEntities, refs: string[]): string[] {
  return refs.filter(ref => !found.has(key(ref)));
}

/**
 * Waits until the catalog knows every ref or the time is up, and returns what it found. A component
 * that catalog:register added a moment ago is processed by the catalog in the background: it takes
 * a few seconds (longer on a busy catalog) before the Releases API, which asks the catalog, accepts it.
 */
export async function waitForEntities(
  catalog: CatalogService,
  refs: string[],
  credentials: BackstageCredentials,
  options: {
    timeoutMs: number;
    pollMs: number;
    logger: LoggerService;
    signal?: AbortSignal;
  },
): Promise<FoundEntities> {
  const deadline = Date.now() + options.timeoutMs;
  let found = await findEntities(catalog, refs, credentials);
  let missing = missingRefs(found, refs);
  if (missing.length && options.timeoutMs > 0) {
    options.logger.info(
      `Waiting up to ${Math.round(
        options.timeoutMs / 1000,
      )} s for the catalog to know ${missing.join(', ')}`,
    );
  }
  while (missing.length && Date.now() < deadline && !options.signal?.aborted) {
    await new Promise(resolve => setTimeout(resolve, options.pollMs));
    found = await findEntities(catalog, refs, credentials);
    missing = missingRefs(found, refs);
  }
  if (missing.length && options.timeoutMs > 0) {
    options.logger.warn(
      `Still not in the catalog: ${missing.join(
        ', ',
      )}; asking the Releases API anyway`,
    );
  }
  return found;
}

/** The owner the catalog gives an entity: its ownedBy relation, else its spec.owner. */
export function ownerOf(entity: Entity): string | undefined {
  const relation = entity.relations?.find(r => r.type === RELATION_OWNED_BY);
  if (relation) return relation.targetRef;
  const owner = entity.spec?.owner;
  if (typeof owner !== 'string' || !owner) return undefined;
  return stringifyEntityRef(
    parseEntityRef(owner, {
      defaultKind: 'group',
      defaultNamespace: entity.metadata.namespace ?? 'default',
    }),
  );
}

/** How a component is called in a title: its catalog title, else its name. */
export function displayName(ref: string, entity?: Entity): string {
  return entity?.metadata.title ?? entity?.metadata.name ?? nameOf(ref);
}
