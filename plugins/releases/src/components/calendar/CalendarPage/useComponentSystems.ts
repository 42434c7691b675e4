import {
  parseEntityRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';

function systemRefOf(entity: Entity): string | undefined {
  const system = entity.spec?.system;
  if (typeof system !== 'string' || !system) return undefined;
  try {
    return stringifyEntityRef(
      parseEntityRef(system, {
        defaultKind: 'system',
        defaultNamespace: entity.metadata.namespace ?? 'default',
      }),
    ).toLocaleLowerCase('en-US');
  } catch {
    return undefined;
  }
}

/**
 * The system of each component, from the catalog in one batched request; only asked when the
 * timeline is grouped by system. Keys and values are lower-case refs, as the backend stores them.
 */
export function useComponentSystems(
  componentRefs: string[],
  enabled: boolean,
): { systems?: Map<string, string>; loading: boolean; error?: Error } {
  const catalogApi = useApi(catalogApiRef);
  const key = enabled
    ? [...new Set(componentRefs.map(ref => ref.toLocaleLowerCase('en-US')))]
        .sort()
        .join('\n')
    : '';
  const { value, loading, error } = useAsync(async () => {
    if (!enabled) return undefined;
    const entityRefs = key ? key.split('\n') : [];
    const systems = new Map<string, string>();
    if (entityRefs.length === 0) return systems;
    const { items } = await catalogApi.getEntitiesByRefs({
      entityRefs,
      fields: ['kind', 'metadata.namespace', 'metadata.name', 'spec.system'],
    });
    items.forEach((entity, index) => {
      const system = entity && systemRefOf(entity);
      if (system) systems.set(entityRefs[index], system);
    });
    return systems;
  }, [catalogApi, key, enabled]);
  return { systems: value, loading, error };
}
