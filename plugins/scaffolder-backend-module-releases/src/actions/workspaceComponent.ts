import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { parseEntityYaml } from '@backstage/plugin-catalog-node';
import fs from 'node:fs/promises';
import { fullRef } from './entityRefs';

/** Where fetch:template skeletons and catalog:write put the descriptor of what a template makes. */
export const DEFAULT_CATALOG_INFO_PATH = 'catalog-info.yaml';

/**
 * The component a template is making, read from the catalog descriptor in its workspace: what the
 * actions fall back to when no entity ref is given. A new component is not in the catalog yet, so
 * its owner and system are taken from the descriptor as well.
 */
export interface WorkspaceComponent {
  entityRef: string;
  ownerRef?: string;
  systemRef?: string;
}

function isComponent(entity: Entity): boolean {
  return entity.kind?.toLocaleLowerCase('en-US') === 'component';
}

async function readDescriptor(
  workspacePath: string,
  catalogInfoPath: string,
): Promise<string> {
  try {
    return await fs.readFile(
      resolveSafeChildPath(workspacePath, catalogInfoPath),
      'utf8',
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new InputError(
        `No entity ref given, and no ${catalogInfoPath} in the workspace to take the component from ` +
          '(a skeleton fetched by fetch:template, or catalog:write, puts one there)',
      );
    }
    throw error;
  }
}

/** Reads the one Component that `catalogInfoPath` in the workspace describes. */
export async function readWorkspaceComponent(
  workspacePath: string,
  catalogInfoPath: string = DEFAULT_CATALOG_INFO_PATH,
): Promise<WorkspaceComponent> {
  const text = await readDescriptor(workspacePath, catalogInfoPath);
  const components: Entity[] = [];
  for (const result of parseEntityYaml(text, {
    type: 'file',
    target: catalogInfoPath,
  })) {
    if (result.type === 'error') {
      throw new InputError(`${catalogInfoPath}: ${result.error.message}`);
    }
    if (result.type === 'entity' && isComponent(result.entity)) {
      components.push(result.entity);
    }
  }
  if (components.length !== 1) {
    throw new InputError(
      `${catalogInfoPath} describes ${components.length} components; name the one to use with entityRef`,
    );
  }
  const { metadata, spec } = components[0];
  if (typeof metadata?.name !== 'string' || !metadata.name) {
    throw new InputError(`${catalogInfoPath}: the component has no name`);
  }
  const namespace = metadata.namespace ?? 'default';
  const relative = (value: unknown, kind: string) =>
    typeof value === 'string' && value
      ? fullRef(value, kind, namespace)
      : undefined;
  return {
    entityRef: `component:${namespace}/${metadata.name}`,
    ownerRef: relative(spec?.owner, 'group'),
    systemRef: relative(spec?.system, 'system'),
  };
}
