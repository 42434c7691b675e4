import type { Entity } from '@backstage/catalog-model';

/** Releases ship components; a system shows the releases of its components. */
export function isReleasableEntity(entity: Entity): boolean {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  return kind === 'component' || kind === 'system';
}
