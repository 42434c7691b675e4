import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  type Entity,
  parseEntityRef,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';

/** What a release needs to know of one component. */
export interface ComponentFacts {
  entityRef: string;
  ownerRef: string | null;
  systemRef: string | null;
}

export interface DescribeRequest {
  components: string[];
  /** Users or groups (owner, stakeholders) that must exist in the catalog. */
  parties: string[];
}

function ownerOf(entity: Entity): string | null {
  const relation = entity.relations?.find(r => r.type === RELATION_OWNED_BY);
  if (relation) {
    return relation.targetRef;
  }
  const owner = entity.spec?.owner;
  return typeof owner === 'string'
    ? stringifyEntityRef(
        parseEntityRef(owner, {
          defaultKind: 'group',
          defaultNamespace: entity.metadata.namespace ?? 'default',
        }),
      )
    : null;
}

function systemOf(entity: Entity): string | null {
  const system = entity.spec?.system;
  return typeof system === 'string'
    ? stringifyEntityRef(
        parseEntityRef(system, {
          defaultKind: 'system',
          defaultNamespace: entity.metadata.namespace ?? 'default',
        }),
      )
    : null;
}

/**
 * Reads what releases need from the software catalog, with the caller's credentials, in one batched
 * request per write whatever the number of components.
 */
export class ComponentCatalog {
  constructor(private readonly catalog: CatalogService) {}

  async describe(
    request: DescribeRequest,
    credentials: BackstageCredentials,
  ): Promise<Map<string, ComponentFacts>> {
    const refs = [...new Set([...request.components, ...request.parties])];
    if (refs.length === 0) {
      return new Map();
    }
    const { items } = await this.catalog.getEntitiesByRefs(
      {
        entityRefs: refs,
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'spec.owner',
          'spec.system',
          'relations',
        ],
      },
      { credentials },
    );
    const found = new Map<string, Entity>();
    items.forEach((entity, i) => {
      if (entity) found.set(refs[i], entity);
    });

    const missingComponents = request.components.filter(
      ref => found.get(ref)?.kind.toLocaleLowerCase('en-US') !== 'component',
    );
    if (missingComponents.length) {
      throw new InputError(
        `components: not components in the catalog: ${missingComponents.join(
          ', ',
        )}`,
      );
    }
    const missingParties = request.parties.filter(ref => !found.has(ref));
    if (missingParties.length) {
      throw new InputError(`Not in the catalog: ${missingParties.join(', ')}`);
    }

    return new Map(
      request.components.map(ref => {
        const entity = found.get(ref)!;
        return [
          ref,
          {
            entityRef: ref,
            ownerRef: ownerOf(entity),
            systemRef: systemOf(entity),
          },
        ];
      }),
    );
  }
}
