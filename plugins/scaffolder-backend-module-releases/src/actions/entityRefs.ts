import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';

/** The value of an optional text input, or undefined when it is absent or blank. */
export function given(value: string | undefined): string | undefined {
  // Templates render the output of a skipped step (`${{ steps.x.output.y }}`) as an empty string,
  // which means "not given" here rather than an empty ref or title.
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * A ref as template authors write it (`checkout-service`, `group:payments-team`), completed to the
 * full `kind:namespace/name` form that the Releases API takes. Text that is not a ref at all is
 * passed on unchanged, for the API (or a dry run's checks) to refuse with its own message.
 */
export function fullRef(
  ref: string,
  defaultKind: string,
  defaultNamespace = 'default',
): string {
  try {
    return stringifyEntityRef(
      parseEntityRef(ref, { defaultKind, defaultNamespace }),
    );
  } catch {
    return ref;
  }
}

/** Throws unless `ref` is a full entity ref of one of these kinds. */
export function assertRefKind(ref: string, field: string, kinds: string[]) {
  let kind: string;
  try {
    kind = parseEntityRef(ref).kind.toLocaleLowerCase('en-US');
  } catch {
    throw new InputError(
      `${field}: "${ref}" is not an entity ref like component:default/name`,
    );
  }
  if (!kinds.includes(kind)) {
    throw new InputError(
      `${field}: "${ref}" must be a ${kinds.join(' or ')} entity ref`,
    );
  }
}

/** The name part of a ref, for titles and messages. */
export function nameOf(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

/** Refs compare case-insensitively, as the catalog and the Releases API compare them. */
export function sameRef(a: string, b: string): boolean {
  return a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US');
}
