import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { parseEntityYaml } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
// The e2e tests' helper, run here against a test backend rather than the demo portal.
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import {
  DEMO_TEMPLATE_DIR,
  demoValues,
  dryRunDemoTemplate,
} from '../../../e2e/scaffolder';
import {
  entities,
  PORTAL,
  type ReleasesBackend,
  startReleasesBackend,
  users,
} from './__testUtils__/releasesBackend';
import scaffolderModuleReleases from './index';

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});
jest.setTimeout(60_000);

// The demo template's form, filled in with the test catalog's entities.
const values = {
  system: 'system:default/shop',
  owner: 'group:default/checkout-team',
  shipsWith: 'component:default/cart-service',
  windowStart: '2027-06-01T09:00:00.000Z',
};

/** The demo template as the catalog holds it, registered from its file (fetch:template reads ./skeleton there). */
async function demoTemplate(): Promise<Entity> {
  const location = join(DEMO_TEMPLATE_DIR, 'template.yaml');
  const [result] = parseEntityYaml(await readFile(location, 'utf8'), {
    type: 'file',
    target: location,
  });
  const { entity } = result as { entity: Entity };
  entity.metadata.annotations = {
    'backstage.io/managed-by-location': `file:${location}`,
  };
  return entity;
}

/** Runs the template as a user of the portal would, and waits for the task to end. */
async function runTemplate(backendUrl: string, name: string) {
  const scaffolder = async (path: string, init: RequestInit = {}) =>
    (
      await fetch(`${backendUrl}/api/scaffolder/v2${path}`, {
        ...init,
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${mockCredentials.user.token(users.guest)}`,
        },
      })
    ).json();
  const { id } = await scaffolder('/tasks', {
    method: 'POST',
    body: JSON.stringify({
      templateRef: 'template:default/new-service-with-release',
      values: { ...demoValues(), ...values, name },
    }),
  });
  for (let i = 0; i < 150; i++) {
    const task = await scaffolder(`/tasks/${id}`);
    if (task.status === 'completed' || task.status === 'failed') {
      // The scaffolder watches a running task for cancellation by reading its events every second,
      // until it reads the completion: give it that second, so that it is not left reading a test
      // database that has closed.
      await new Promise(resolve => setTimeout(resolve, 2000));
      const events: any[] = await scaffolder(`/tasks/${id}/events`);
      return {
        status: task.status as string,
        output: events.find(e => e.type === 'completion')?.body.output,
      };
    }
    await new Promise(resolve => setTimeout(resolve, 200));
  }
  throw new Error(`The task ${id} did not end`);
}

describe.each(databases.eachSupportedId())(
  'the Releases actions in the scaffolder, running the demo template, with Releases on %s',
  databaseId => {
    let releases: ReleasesBackend;
    const backendUrl = () =>
      `http://localhost:${releases.backend.server.port()}`;

    beforeAll(async () => {
      const releasesKnex = await databases.init(databaseId);
      releases = await startReleasesBackend({
        // The Releases plugin on the engine under test; the scaffolder's tasks on SQLite.
        database: createServiceFactory({
          service: coreServices.database,
          deps: { plugin: coreServices.pluginMetadata },
          factory: async ({ plugin }) =>
            mockServices.database({
              knex:
                plugin.getId() === 'releases'
                  ? releasesKnex
                  : await databases.init('SQLITE_3'),
            }),
        }),
        catalog: catalogServiceMock({
          entities: [...entities, await demoTemplate()],
        }),
        features: [scaffolderPlugin, scaffolderModuleReleases],
      });
    });

    afterAll(() => releases?.backend.stop());

    it('dry-runs the template: freezes checked, publishing skipped, the plan described', async () => {
      const result = await dryRunDemoTemplate({
        backendUrl: backendUrl(),
        token: mockCredentials.user.token(users.guest),
        values,
      });

      const logOf = (id: string) => result.steps.find(s => s.id === id)!.log;
      expect(result.steps.map(s => [s.id, s.status])).toEqual([
        ['fetch', 'completed'],
        ['not-frozen', 'completed'],
        ['publish', 'skipped'],
        ['register', 'skipped'],
        ['plan', 'completed'],
      ]);
      expect(logOf('not-frozen')).toContainEqual(
        'info: No freeze in force for system:default/shop, group:default/checkout-team, component:default/cart-service',
      );
      expect(logOf('plan')).toContainEqual(
        'info: Dry run: would plan "e2e-basket-service 0.1.0" of component:default/cart-service, owned by ' +
          'group:default/checkout-team, in the window 2027-06-01T09:00:00.000Z to 2027-06-01T11:00:00.000Z',
      );
      expect(result.output.links).toEqual([
        {
          title: 'The release plan',
          icon: 'catalog',
          url: `${PORTAL}/releases/dry-run`,
        },
      ]);
      expect(result.files.sort()).toEqual([
        'README.md',
        'catalog-info.yaml',
        'package.json',
        'src/index.js',
      ]);
    });

    it("runs the template for real in the demo's way: no repository, the release planned for what it ships with", async () => {
      const task = await runTemplate(backendUrl(), 'wishlist-service');

      expect(task.status).toBe('completed');
      const api = releases.apiAs(users.guest);
      const [planned] = (
        await api.client.listReleases({ q: 'wishlist-service' }, api)
      ).items;
      expect(planned).toMatchObject({
        title: 'wishlist-service',
        version: '0.1.0',
        owner: 'group:default/checkout-team',
        components: ['component:default/cart-service'],
        windowStart: '2027-06-01T09:00:00.000Z',
        windowEnd: '2027-06-01T11:00:00.000Z',
      });
      expect(task.output.links).toEqual([
        {
          title: 'The release plan',
          icon: 'catalog',
          url: `${PORTAL}/releases/${planned.id}`,
        },
      ]);
    });
  },
);
