import {
  createBackendModule,
  type BackendFeature,
} from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import type { Knex } from 'knex';
import type { Answer, BenchClient } from './client';
import {
  distribution,
  type Distribution,
  type SamplingOptions,
} from './measure';

/*
 * The catalog's own list as a peer of the entity list: the real @backstage/plugin-catalog-backend
 * runs in the same test backend (same HTTP stack, mock auth, same database engine, a database of
 * its own as every Backstage plugin has), holding the synthetic organisation's entities, and its
 * `GET /api/catalog/entities/by-query` is timed for a page of as many entities as the entity list
 * answered, interleaved with the entity list's own calls so that both see the same machine.
 */

/** Where the bench's provider says the entities come from (the catalog requires both annotations). */
const LOCATION = 'url:https://bench.invalid/organisation.yaml';

/** The real catalog backend with the organisation's entities, fed by one full mutation at start. */
export function catalogBackendFeatures(entities: Entity[]): BackendFeature[] {
  const provided = entities.map(entity => ({
    locationKey: 'bench',
    entity: {
      apiVersion: entity.apiVersion,
      kind: entity.kind,
      metadata: {
        ...entity.metadata,
        annotations: {
          ...entity.metadata.annotations,
          'backstage.io/managed-by-location': LOCATION,
          'backstage.io/managed-by-origin-location': LOCATION,
        },
      },
      // Relations are the catalog's to compute from the spec.
      spec: entity.spec,
    } as Entity,
  }));
  return [
    catalogPlugin,
    createBackendModule({
      pluginId: 'catalog',
      moduleId: 'bench-organisation',
      register(env) {
        env.registerInit({
          deps: { catalog: catalogProcessingExtensionPoint },
          async init({ catalog }) {
            catalog.addEntityProvider({
              getProviderName: () => 'bench-organisation',
              async connect(connection) {
                await connection.applyMutation({
                  type: 'full',
                  entities: provided,
                });
              },
            });
          },
        });
      },
    }),
  ];
}

/** The catalog's page: components by name, as the catalog's own table asks for them. */
export function catalogPagePath(limit: number): string {
  return `/entities/by-query?filter=kind%3Dcomponent&orderField=metadata.name%2Casc&limit=${limit}`;
}

/**
 * Waits until the catalog serves every entity and has nothing left to process or stitch (its loops
 * share the process with what is measured), or gives up after `seconds`.
 */
export async function catalogIdle(
  catalog: BenchClient,
  catalogKnex: Knex,
  entities: number,
  seconds: number,
): Promise<{ idle: boolean; served: number; due: number; stitching: number }> {
  const deadline = performance.now() + seconds * 1000;
  const count = async (query: Knex.QueryBuilder) =>
    Number((await query.count({ n: '*' }).first())?.n ?? 0);
  for (;;) {
    const served = Number(
      (await catalog.call('/entities/by-query?limit=1')).json().totalItems ?? 0,
    );
    const due = await count(
      catalogKnex('refresh_state').where(
        'next_update_at',
        '<=',
        catalogKnex.raw('CURRENT_TIMESTAMP'),
      ),
    );
    const stitching = (await catalogKnex.schema.hasTable('stitch_queue'))
      ? await count(catalogKnex('stitch_queue'))
      : 0;
    const idle = served >= entities && due === 0 && stitching === 0;
    if (idle || performance.now() > deadline) {
      return { idle, served, due, stitching };
    }
    await new Promise(resolve => setTimeout(resolve, 2000));
  }
}

export interface CatalogPeerResult {
  /** The catalog request timed, relative to /api/catalog. */
  request: string;
  catalog: Distribution;
  catalogRows: number;
  /** The entity list's endpoint, timed interleaved with the catalog's. */
  list: Distribution;
  listRows: number;
}

/**
 * Times the catalog's page against the entity list, interleaved with alternating order (as the
 * operations are): per row, the list's p50 over its rows against the catalog's over as many.
 */
export async function measureCatalogPeer(
  catalog: BenchClient,
  /** The entity list's call; its answer's `items` are the rows. */
  list: () => Promise<Answer>,
  sampling: SamplingOptions,
): Promise<CatalogPeerResult> {
  const rowsOf = (answer: Answer) => answer.json().items.length as number;
  const listRows = rowsOf(await list());
  const request = catalogPagePath(Math.max(1, listRows));
  const page = () => catalog.call(request);
  for (let i = 0; i < sampling.warmup; i++) {
    await page();
    await list();
  }
  const catalogMs: number[] = [];
  const listMs: number[] = [];
  let catalogRows = 0;
  // Timed to the answer's last byte, parsed after the clock stops (as measure() times endpoints).
  const timed = async (call: () => Promise<Answer>, into: number[]) => {
    const t0 = performance.now();
    const answer = await call();
    into.push(performance.now() - t0);
    return rowsOf(answer);
  };
  for (let i = 0; i < sampling.minSamples; i++) {
    if (i % 2 === 0) {
      catalogRows = await timed(page, catalogMs);
      await timed(list, listMs);
    } else {
      await timed(list, listMs);
      catalogRows = await timed(page, catalogMs);
    }
  }
  return {
    request,
    catalog: distribution(catalogMs),
    catalogRows,
    list: distribution(listMs),
    listRows,
  };
}
