import { InputError } from '@backstage/errors';
import type { HumanDuration } from '@backstage/types';
import type { NewReleaseRequest } from '@releasekit/plugin-releases-node';
import {
  displayName,
  entityOf,
  type FoundEntities,
  ownerOf,
} from './catalogEntities';
import { assertRefKind, fullRef, given, sameRef } from './entityRefs';
import { assertValidWindow, windowToSend } from './releaseWindow';
import {
  readWorkspaceComponent,
  type WorkspaceComponent,
} from './workspaceComponent';

/**
 * The input of release:plan, as its schema describes it (see planRelease.ts); a type rather than an
 * interface, so that it is a JsonObject as the scaffolder's ActionContext requires.
 */
export type PlanInput = {
  entityRef?: string;
  components?: string[];
  title?: string;
  version: string;
  windowStart: string;
  windowEnd?: string;
  duration?: HumanDuration;
  owner?: string;
  description?: string;
  templateId?: string;
  waitForCatalog?: HumanDuration;
  catalogInfoPath?: string;
};

export interface ComponentsToRelease {
  components: string[];
  /** The workspace's descriptor, when the components were taken from it. */
  described?: WorkspaceComponent;
}

/** The components given (entityRef first), or else the one the workspace's descriptor describes. */
export async function componentsToRelease(
  input: PlanInput,
  workspacePath: string,
): Promise<ComponentsToRelease> {
  const refs = [input.entityRef, ...(input.components ?? [])]
    .map(given)
    .filter((ref): ref is string => !!ref)
    .map(ref => fullRef(ref, 'component'));
  if (refs.length) {
    return { components: refs };
  }
  const described = await readWorkspaceComponent(
    workspacePath,
    input.catalogInfoPath,
  );
  return { components: [described.entityRef], described };
}

function defaultOwner(
  { components, described }: ComponentsToRelease,
  found: FoundEntities,
): string {
  const first = components[0];
  const entity = entityOf(found, first);
  // A new component is not in the catalog yet: its descriptor in the workspace names the owner.
  const fromWorkspace =
    described && sameRef(described.entityRef, first)
      ? described.ownerRef
      : undefined;
  const owner = entity ? ownerOf(entity) : fromWorkspace;
  if (!owner) {
    throw new InputError(
      entity
        ? `owner: none given, and the catalog names no owner of ${first} to plan the release for`
        : `owner: none given, and ${first} is not in the catalog to take its owner from`,
    );
  }
  return owner;
}

/** The components' names: the release is shown as "<title> <version>" everywhere. */
function defaultTitle(components: string[], found: FoundEntities): string {
  const [first, ...rest] = components.map(ref =>
    displayName(ref, entityOf(found, ref)),
  );
  if (rest.length === 0) return first;
  if (rest.length === 1) return `${first} and ${rest[0]}`;
  return `${first} and ${rest.length} more`;
}

/** The POST /releases request: the input, with the defaults filled in from the catalog. */
export function releaseRequest(
  input: PlanInput,
  toRelease: ComponentsToRelease,
  found: FoundEntities,
): NewReleaseRequest {
  const owner = given(input.owner);
  const description = given(input.description);
  const templateId = given(input.templateId);
  return {
    title: given(input.title) ?? defaultTitle(toRelease.components, found),
    version: input.version.trim(),
    ...windowToSend({
      windowStart: input.windowStart.trim(),
      windowEnd: given(input.windowEnd),
      duration: input.duration,
    }),
    owner: owner ? fullRef(owner, 'group') : defaultOwner(toRelease, found),
    components: toRelease.components,
    ...(description ? { description } : {}),
    ...(templateId ? { templateId } : {}),
  };
}

/**
 * What a dry run can tell without writing, in the words the API would use: refs of the right
 * kinds, each component once, a version, a valid window. Whether the catalog knows them is checked
 * apart (see planRelease.ts), since an earlier step may be registering them.
 */
export function assertPlannable(request: NewReleaseRequest): void {
  if (!request.version) {
    throw new InputError('version: must not be empty');
  }
  request.components.forEach(ref =>
    assertRefKind(ref, 'components', ['component']),
  );
  const duplicates = request.components.filter((ref, i) =>
    request.components.slice(0, i).some(earlier => sameRef(earlier, ref)),
  );
  if (duplicates.length) {
    throw new InputError(
      `components: listed more than once: ${duplicates.join(', ')}`,
    );
  }
  assertRefKind(request.owner, 'owner', ['group', 'user']);
  assertValidWindow(request);
}
