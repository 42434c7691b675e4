import type { Entity } from '@backstage/catalog-model';

/**
 * Releases ship components; a system shows the releases of its components.
 *
 * @public
 */
export function isReleasableEntity(entity: Entity): boolean {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  return kind === 'component' || kind === 'system';
}

/**
 * Deployments are of components: a pipeline deploys a component, not a system.
 *
 * @public
 */
export function isDeployableEntity(entity: Entity): boolean {
  return entity.kind.toLocaleLowerCase('en-US') === 'component';
}
