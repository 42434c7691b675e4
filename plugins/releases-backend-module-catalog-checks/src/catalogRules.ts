import {
  type Entity,
  parseEntityRef,
  RELATION_OWNED_BY,
  RELATION_PROVIDES_API,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/**
 * The check keys this module evaluates.
 *
 * @public
 */
export const CATALOG_CHECKS = [
  'catalog.owner',
  'catalog.lifecycle',
  'catalog.docs',
] as const;

/** @public */
export type CatalogCheck = (typeof CATALOG_CHECKS)[number];

/**
 * Lifecycles a component may not be released in: not yet production-ready, or on its way out.
 *
 * @public
 */
export const BLOCKED_LIFECYCLES = ['experimental', 'deprecated'];

/** The annotation that points TechDocs at a component's documentation. */
export const TECHDOCS_ANNOTATION = 'backstage.io/techdocs-ref';

/** The verdict of one rule on one component. */
export type RuleVerdict =
  | { status: 'passed' }
  | { status: 'failed'; summary: string };

/** Looks up entities that a component points at (its owner, the APIs it provides), as the catalog has them. */
export type RelatedEntities = (ref: string) => Entity | undefined;

const passed: RuleVerdict = { status: 'passed' };
const failed = (summary: string): RuleVerdict => ({
  status: 'failed',
  summary,
});

function relationTargets(entity: Entity, type: string): string[] {
  return (entity.relations ?? [])
    .filter(r => r.type === type)
    .map(r => r.targetRef);
}

/** The owner's ref: from the ownedBy relation the catalog adds, else from `spec.owner` (a group by default). */
export function ownerRef(entity: Entity): string | undefined {
  const [related] = relationTargets(entity, RELATION_OWNED_BY);
  if (related) return related;
  const owner = entity.spec?.owner;
  if (typeof owner !== 'string' || owner.trim() === '') return undefined;
  try {
    return stringifyEntityRef(
      parseEntityRef(owner, {
        defaultKind: 'group',
        defaultNamespace: entity.metadata.namespace ?? 'default',
      }),
    );
  } catch {
    return undefined;
  }
}

/** The refs of the API entities the component provides: its providesApi relations, else `spec.providesApis`. */
export function providedApiRefs(entity: Entity): string[] {
  const related = relationTargets(entity, RELATION_PROVIDES_API);
  if (related.length) return related;
  const declared = entity.spec?.providesApis;
  if (!Array.isArray(declared)) return [];
  return declared.flatMap(ref => {
    try {
      return [
        stringifyEntityRef(
          parseEntityRef(String(ref), {
            defaultKind: 'api',
            defaultNamespace: entity.metadata.namespace ?? 'default',
          }),
        ),
      ];
    } catch {
      return [];
    }
  });
}

/** The entities a component's rules need besides the component itself. */
export function relatedRefs(entity: Entity, checks: string[]): string[] {
  const refs: string[] = [];
  if (checks.includes('catalog.owner')) {
    const owner = ownerRef(entity);
    if (owner) refs.push(owner);
  }
  if (checks.includes('catalog.docs') && !hasTechDocs(entity)) {
    refs.push(...providedApiRefs(entity));
  }
  return refs;
}

/** `catalog.owner`: the component names an owner, and that owner is an entity in the catalog. */
export function checkOwner(
  entity: Entity,
  related: RelatedEntities,
): RuleVerdict {
  const owner = ownerRef(entity);
  if (!owner) return failed('The component has no owner (spec.owner).');
  if (!related(owner)) {
    return failed(`The owner ${owner} is not in the catalog.`);
  }
  return passed;
}

/** `catalog.lifecycle`: the component declares a lifecycle, and it is neither experimental nor deprecated. */
export function checkLifecycle(entity: Entity): RuleVerdict {
  const lifecycle = entity.spec?.lifecycle;
  if (typeof lifecycle !== 'string' || lifecycle.trim() === '') {
    return failed('The component has no lifecycle (spec.lifecycle).');
  }
  if (
    BLOCKED_LIFECYCLES.includes(lifecycle.trim().toLocaleLowerCase('en-US'))
  ) {
    return failed(
      `The component's lifecycle is ${lifecycle}, not ready for a production release.`,
    );
  }
  return passed;
}

function hasTechDocs(entity: Entity): boolean {
  const ref = entity.metadata.annotations?.[TECHDOCS_ANNOTATION];
  return typeof ref === 'string' && ref.trim() !== '';
}

function hasDefinition(api: Entity | undefined): boolean {
  const definition = api?.spec?.definition;
  return typeof definition === 'string' && definition.trim() !== '';
}

/** `catalog.docs`: TechDocs are set up for the component, or it provides an API whose definition is in the catalog. */
export function checkDocs(
  entity: Entity,
  related: RelatedEntities,
): RuleVerdict {
  if (hasTechDocs(entity)) return passed;
  const apis = providedApiRefs(entity);
  if (apis.some(ref => hasDefinition(related(ref)))) return passed;
  if (apis.length) {
    return failed(
      `The component has no TechDocs (${TECHDOCS_ANNOTATION}) and none of its APIs (${apis.join(
        ', ',
      )}) has a definition in the catalog.`,
    );
  }
  return failed(
    `The component has no TechDocs (${TECHDOCS_ANNOTATION}) and provides no API with a definition.`,
  );
}

/** Applies the rule of one check key to a component. */
export function evaluateRule(
  check: CatalogCheck,
  entity: Entity,
  related: RelatedEntities,
): RuleVerdict {
  switch (check) {
    case 'catalog.owner':
      return checkOwner(entity, related);
    case 'catalog.lifecycle':
      return checkLifecycle(entity);
    case 'catalog.docs':
      return checkDocs(entity, related);
    default:
      throw new Error(`Not a catalog check: ${check satisfies never}`);
  }
}
