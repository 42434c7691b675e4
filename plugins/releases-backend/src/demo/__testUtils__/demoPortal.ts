import type { Entity } from '@backstage/catalog-model';
import type { FreezeWindow } from '@releasekit/plugin-releases-common';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import type { Config } from '../../../config';

/*
 * The demo portal's own configuration and catalog, read from the repository, so that the demo tests
 * check the seed against the freezes and components the portal really has.
 */
const REPO_ROOT = resolve(__dirname, '../../../../..');

const read = (file: string) => readFileSync(resolve(REPO_ROOT, file), 'utf8');

/** A freeze as the plugin's config schema declares it. */
export type FreezeConfig = NonNullable<
  NonNullable<Config['releases']>['freezes']
>[number];

/** `releases.freezes` of the demo portal's app-config.yaml. */
export function demoFreezeConfig(): FreezeConfig[] {
  return parse(read('app-config.yaml')).releases.freezes;
}

/** The same freezes as the FreezeService reads them from config. */
export function demoFreezeWindows(): FreezeWindow[] {
  return demoFreezeConfig().map(f => ({
    id: `config:${f.id}`,
    title: f.title,
    reason: f.reason ?? '',
    start: new Date(f.start).toISOString(),
    end: new Date(f.end).toISOString(),
    recurrence: f.recurrence ?? null,
    entityRefs: f.entityRefs ?? [],
    source: 'config',
    revision: 1,
    createdBy: null,
  }));
}

/** The demo catalog (examples/entities.yaml and examples/org.yaml) as entities. */
export function demoCatalog(): Entity[] {
  return ['examples/entities.yaml', 'examples/org.yaml'].flatMap(file =>
    parseAllDocuments(read(file))
      .map(doc => doc.toJS() as Entity | null)
      .filter((entity): entity is Entity => !!entity?.kind),
  );
}
