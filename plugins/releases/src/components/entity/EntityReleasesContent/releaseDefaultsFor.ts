import {
  parseEntityRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import type { ReleaseFormValues } from '../../shared/ReleaseFormDialog';

function ownerRefOf(entity: Entity): string | null {
  const owner = entity.spec?.owner;
  if (typeof owner !== 'string' || !owner) return null;
  try {
    return stringifyEntityRef(
      parseEntityRef(owner, {
        defaultKind: 'group',
        defaultNamespace: entity.metadata.namespace ?? 'default',
      }),
    ).toLocaleLowerCase('en-US');
  } catch {
    return null;
  }
}

/**
 * A new release planned from an entity page: a component is in scope and its owner manages the
 * release; a system only suggests its owner, since which of its components ship is a choice.
 */
export function releaseDefaultsFor(entity: Entity): Partial<ReleaseFormValues> {
  const owner = ownerRefOf(entity);
  const isComponent = entity.kind.toLocaleLowerCase('en-US') === 'component';
  return {
    ...(owner ? { owner } : {}),
    components: isComponent
      ? [stringifyEntityRef(entity).toLocaleLowerCase('en-US')]
      : [],
  };
}
