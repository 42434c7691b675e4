import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';

/**
 * Entity refs are compared case-insensitively by the catalog, so the plugin stores and compares them
 * in one canonical form: full (`kind:namespace/name`) and lower case.
 */
export function normalizeEntityRef(
  ref: string,
  field: string,
  allowedKinds?: string[],
): string {
  let canonical: string;
  try {
    canonical = stringifyEntityRef(parseEntityRef(ref)).toLocaleLowerCase(
      'en-US',
    );
  } catch {
    throw new InputError(
      `${field}: "${ref}" is not an entity ref like component:default/name`,
    );
  }
  if (allowedKinds) {
    const kind = canonical.slice(0, canonical.indexOf(':'));
    if (!allowedKinds.includes(kind)) {
      throw new InputError(
        `${field}: "${ref}" must be a ${allowedKinds.join(' or ')} entity ref`,
      );
    }
  }
  return canonical;
}

export function normalizeEntityRefs(
  refs: string[],
  field: string,
  allowedKinds?: string[],
): string[] {
  const normalized = refs.map(ref =>
    normalizeEntityRef(ref, field, allowedKinds),
  );
  const duplicates = normalized.filter((r, i) => normalized.indexOf(r) !== i);
  if (duplicates.length) {
    throw new InputError(
      `${field}: listed more than once: ${[...new Set(duplicates)].join(', ')}`,
    );
  }
  return normalized;
}
