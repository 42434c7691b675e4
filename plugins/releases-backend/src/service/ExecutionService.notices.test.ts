import {
  mockServices,
  type TestDatabaseId,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import type { Knex } from 'knex';
import { graphCatalog } from '../__testUtils__/graphCatalog';
import {
  type DeploymentFixture,
  insertDeployments,
} from '../__testUtils__/insertDeployments';
import { migratedDatabase } from '../__testUtils__/migratedDatabase';
import { insertRelease, newRelease } from '../__testUtils__/newRelease';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DatabaseExecutionStore } from '../database/DatabaseExecutionStore';
import { DatabaseReleaseStore } from '../database/DatabaseReleaseStore';
import type { ExecutionStore } from '../database/ExecutionStore';
import type { NewRelease } from '../database/types';
import { ReleaseNotifier } from '../notifications/ReleaseNotifier';
import { DefaultExecutionService } from './DefaultExecutionService';
import type { DefaultFreezeService } from './DefaultFreezeService';
import { DefaultInsightsService } from './DefaultInsightsService';
import { DEFAULT_ENVIRONMENTS } from './environments';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const H = 3_600_000;
const T = Date.UTC(2026, 10, 2, 9);
const ref = (name: string) => `component:default/${name}`;

/** b depends on a. */
const entities = graphCatalog({
  a: { owner: 'team-a' },
  b: { owner: 'team-b', dependsOn: ['a'] },
});

function release(status: NewRelease['status']): NewRelease {
  return newRelease({
    status,
    owner: 'group:default/owners',
    stakeholders: ['user:default/stella'],
    components: ['a', 'b'].map(name => ({
      entityRef: ref(name),
      ownerRef: `group:default/team-${name}`,
      systemRef: null,
    })),
  });
}

/**
 * The service as the plugin builds it, on a fresh database of the engine, the catalog above and a
 * recording notifier, for the tests of the calling describe.
 */
function useNotices(databaseId: TestDatabaseId) {
  let knex: Knex;
  let releases: DatabaseReleaseStore;
  let store: ExecutionStore;
  const logger = mockServices.logger.mock();
  const sent: NotificationSendOptions[] = [];

  const service = (executionStore: ExecutionStore = store) =>
    new DefaultExecutionService({
      store: executionStore,
      insights: new DefaultInsightsService(
        releases,
        catalogServiceMock({ entities }),
        // Not used by the order the runbook takes from the insights.
        {} as DefaultFreezeService,
        logger,
      ),
      environments: DEFAULT_ENVIRONMENTS,
      auth: mockServices.auth(),
      notifier: new ReleaseNotifier(
        {
          send: async notification => {
            sent.push(notification);
          },
        },
        logger,
      ),
      logger,
    });

  const told = () =>
    sent.map(n => ({
      title: n.payload.title,
      severity: n.payload.severity,
      scope: n.payload.scope,
      to:
        n.recipients.type === 'entity'
          ? [n.recipients.entityRef].flat().sort()
          : 'broadcast',
      except:
        n.recipients.type === 'entity'
          ? n.recipients.excludeEntityRef
          : undefined,
    }));

  /** Records a deployment of the release, then calls the hook as POST /deployments will. */
  async function report(
    releaseId: string,
    name: string,
    hours: number,
    status: DeploymentFixture['status'],
    more: Partial<DeploymentFixture> = {},
  ) {
    const [id] = await insertDeployments(knex, [
      {
        releaseId,
        entityRef: ref(name),
        status,
        startedAt: T + hours * H - 600_000,
        finishedAt: T + hours * H,
        reportedBy: 'user:default/pat',
        ...more,
      },
    ]);
    await service().onDeploymentRecorded(releaseId);
    return id;
  }

  beforeAll(async () => {
    const migrated = await migratedDatabase(databases, databaseId);
    knex = migrated.knex;
    releases = await DatabaseReleaseStore.create(migrated);
    store = await DatabaseExecutionStore.create(migrated);
  });
  beforeEach(() => {
    sent.length = 0;
  });
  afterAll(async () => {
    await knex.destroy();
  });

  return {
    knex: () => knex,
    releases: () => releases,
    service,
    told,
    report,
    sent,
    logger,
  };
}

describe.each(databases.eachSupportedId())(
  'telling the owner about a release’s execution on %s',
  databaseId => {
    const { knex, releases, service, told, report, sent } =
      useNotices(databaseId);

    it('tells the owner, stakeholders and component owners once when every step is deployed', async () => {
      const r = release('in_progress');
      await insertRelease(releases(), r);
      const name = `${r.title} ${r.version}`;
      await report(r.id, 'a', 1, 'succeeded');
      await report(r.id, 'b', 2, 'succeeded', { environment: 'staging' });
      expect(sent).toEqual([]);

      await report(r.id, 'b', 3, 'succeeded');
      const everyone = [
        'group:default/owners',
        'group:default/team-a',
        'group:default/team-b',
        'user:default/stella',
      ];
      expect(told()).toEqual([
        {
          title: `${name} is deployed`,
          severity: 'normal',
          scope: `release:${r.id}:execution_complete`,
          to: everyone,
          except: 'plugin:releases',
        },
      ]);
      expect(sent[0].payload.description).toContain(
        new Date(T + 3 * H).toISOString(),
      );

      // Later reports tell nothing more, not even a new completion after a failure.
      await service().onDeploymentRecorded(r.id);
      await report(r.id, 'b', 4, 'failed');
      await report(r.id, 'b', 5, 'succeeded');
      expect(told().map(n => n.title)).toEqual([
        `${name} is deployed`,
        `${name}: ${ref('b')} failed in production`,
      ]);
    });

    it('tells of each failed or rolled-back production deployment once, whatever the release’s status', async () => {
      const r = release('planned');
      await insertRelease(releases(), r);
      const name = `${r.title} ${r.version}`;
      await report(r.id, 'a', 1, 'failed', { environment: 'staging' });
      await report(r.id, 'a', 2, 'succeeded');
      const deployed = await report(r.id, 'b', 3, 'succeeded');
      // Complete, but not in progress: there is no outcome to record yet.
      expect(sent).toEqual([]);

      // A rollback finishes the succeeded deployment itself.
      await knex()('deployments')
        .where({ id: deployed })
        .update({ status: 'rolled_back' });
      await service().onDeploymentRecorded(r.id);
      await service().onDeploymentRecorded(r.id);
      await report(r.id, 'a', 4, 'failed', { reportedBy: 'service:ci' });
      await report(r.id, 'a', 5, 'failed', { reportedBy: 'service:ci' });
      expect(told()).toEqual([
        {
          title: `${name}: ${ref('b')} was rolled back in production`,
          severity: 'high',
          scope: `release:${r.id}:deployment_failed:${ref('b')}`,
          to: expect.arrayContaining(['group:default/owners']),
          except: 'user:default/pat',
        },
        expect.objectContaining({
          title: `${name}: ${ref('a')} failed in production`,
          except: 'service:ci',
        }),
        expect.objectContaining({
          title: `${name}: ${ref('a')} failed in production`,
        }),
      ]);
    });
  },
);

describe.each(databases.eachSupportedId())(
  'telling the owner once, and never failing, on %s',
  databaseId => {
    const { knex, releases, service, told, sent, logger } =
      useNotices(databaseId);

    it('tells once when two reports finish the release at the same moment', async () => {
      const r = release('in_progress');
      await insertRelease(releases(), r);
      await insertDeployments(knex(), [
        {
          releaseId: r.id,
          entityRef: ref('a'),
          status: 'succeeded',
          startedAt: T,
        },
        {
          releaseId: r.id,
          entityRef: ref('b'),
          status: 'succeeded',
          startedAt: T,
        },
      ]);
      await Promise.all([
        service().onDeploymentRecorded(r.id),
        service().onDeploymentRecorded(r.id),
      ]);
      expect(told().map(n => n.scope)).toEqual([
        `release:${r.id}:execution_complete`,
      ]);
    });

    it('never fails the report it follows: an unknown release or a failing database is only logged', async () => {
      await expect(
        service().onDeploymentRecorded('no-such-release'),
      ).resolves.toBeUndefined();
      const broken = {
        releaseDeployments: () => Promise.reject(new Error('database down')),
      } as unknown as ExecutionStore;
      await expect(
        service(broken).onDeploymentRecorded('r-1'),
      ).resolves.toBeUndefined();
      expect(sent).toEqual([]);
      expect(logger.warn).toHaveBeenCalledWith(
        expect.stringContaining('database down'),
      );
    });
  },
);
