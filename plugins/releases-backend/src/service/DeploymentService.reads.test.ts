import { testCatalog } from '../__testUtils__/catalogFixtures';
import { describeOnEachDatabase } from '../__testUtils__/describeWithBackend';
import type { UsedBackend } from '../__testUtils__/useReleasesBackend';
import { releaseOf, reportDeployment, svc } from '../__testUtils__/deployments';
import { HOUR, T0 } from '../__testUtils__/newRelease';

const at = (hours: number) => new Date(T0 + hours * HOUR).toISOString();

/*
 * What is deployed where, and the list of deployments, read over HTTP: sequences of succeeded,
 * failed and rolled-back deployments, filters and pages.
 */

/** Reports and reads over HTTP, on the backend of the describe that calls it. */
function helpers(backend: UsedBackend) {
  const report = (body: object) => reportDeployment(backend.api, body);
  const deploy = async (
    entityRef: string,
    version: string,
    environment: string,
    status: string,
    finishedHours: number,
  ) => {
    const res = await report({
      entityRef,
      version,
      environment,
      status,
      startedAt: at(finishedHours - 0.25),
      ...(status === 'started' ? {} : { finishedAt: at(finishedHours) }),
    });
    expect(res.status).toBeLessThan(300);
    return res.body.deployment;
  };
  const current = async (entityRef: string) => {
    const res = await backend
      .api()
      .get('/api/releases/deployments/current')
      .query({ entityRef });
    expect(res.status).toBe(200);
    return res.body;
  };
  const versions = async (entityRef: string) =>
    (await current(entityRef)).environments.map(
      (e: any) => `${e.name}:${e.deployment?.version ?? '-'}`,
    );
  return { report, deploy, current, versions };
}

/** Three environments from config, in an order that is not alphabetical. */
const options = {
  entities: testCatalog(),
  config: {
    releases: {
      environments: [
        { name: 'staging' },
        { name: 'production', production: true },
        { name: 'dev' },
      ],
    },
  },
};

describeOnEachDatabase('what is deployed where', options, backend => {
  const { report, deploy, current, versions } = helpers(backend);

  it('answers every configured environment in config order, null where nothing succeeded', async () => {
    await deploy(svc(20), '1.0.0', 'staging', 'failed', 1);
    const answer = await current('Component:default/SVC-20');
    expect(answer).toEqual({
      entityRef: svc(20),
      environments: [
        { name: 'staging', production: false, deployment: null },
        { name: 'production', production: true, deployment: null },
        { name: 'dev', production: false, deployment: null },
      ],
    });
  });

  it('follows succeeded, failed and rolled-back deployments per environment', async () => {
    const { release } = await releaseOf(backend.knex(), [svc(21)]);
    await deploy(svc(21), '1.0.0', 'staging', 'succeeded', 1);
    const v1 = await deploy(svc(21), '1.0.0', 'production', 'succeeded', 2);
    await deploy(svc(21), '2.0.0', 'staging', 'succeeded', 3);
    await deploy(svc(21), '2.0.0', 'production', 'failed', 4);
    expect(await versions(svc(21))).toEqual([
      'staging:2.0.0',
      'production:1.0.0',
      'dev:-',
    ]);
    const v2 = await deploy(svc(21), '2.0.0', 'production', 'succeeded', 5);
    expect(v2.id).not.toBe(v1.id);
    expect((await current(svc(21))).environments[1].deployment).toEqual(v2);
    expect(v2.releaseId).toBe(release.id);

    // Rolled back: the same deployment changes, and production is back on 1.0.0.
    const rolledBack = await report({
      entityRef: svc(21),
      version: '2.0.0',
      environment: 'production',
      status: 'rolled_back',
      finishedAt: at(6),
    });
    expect([rolledBack.status, rolledBack.body.deployment.id]).toEqual([
      200,
      v2.id,
    ]);
    expect((await current(svc(21))).environments[1].deployment).toEqual(v1);
    // Another component's deployments are its own.
    await deploy(svc(22), '9.0.0', 'production', 'succeeded', 7);
    expect(await versions(svc(21))).toEqual([
      'staging:2.0.0',
      'production:1.0.0',
      'dev:-',
    ]);
  });
});

describeOnEachDatabase('listing deployments', options, backend => {
  const { deploy } = helpers(backend);

  it('lists newest start first, filtered, in stable pages', async () => {
    const { release } = await releaseOf(backend.knex(), [svc(23)]);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(
        (await deploy(svc(23), `1.${i}.0`, 'staging', 'succeeded', 10 + i)).id,
      );
    }
    // Two deployments starting at the same time: the id breaks the tie.
    const tiedA = await deploy(svc(23), '2.0.0', 'production', 'started', 20);
    const tiedB = await deploy(svc(23), '2.0.0', 'dev', 'started', 20);
    await deploy(svc(24), '1.0.0', 'staging', 'succeeded', 30);

    const list = (query: object) =>
      backend.api().get('/api/releases/deployments').query(query);
    const all = await list({ entityRef: svc(23) });
    expect(all.status).toBe(200);
    const tied = [tiedA.id, tiedB.id].sort().reverse();
    expect(all.body.items.map((d: any) => d.id)).toEqual([
      ...tied,
      ...ids.reverse(),
    ]);
    expect(all.body.nextCursor).toBeUndefined();

    const pages: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await list({ entityRef: svc(23), limit: 2, cursor });
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      pages.push(...page.body.items.map((d: any) => d.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(pages).toEqual(all.body.items.map((d: any) => d.id));

    const production = await list({
      entityRef: svc(23),
      environment: 'production',
    });
    expect(production.body.items.map((d: any) => d.id)).toEqual([tiedA.id]);
    const ofRelease = await list({ releaseId: release.id, limit: 200 });
    expect(ofRelease.body.items).toHaveLength(7);
    const everything = await list({ limit: 200 });
    expect(everything.body.items[0].entityRef).toBe(svc(24));

    expect((await list({ cursor: 'not-a-cursor' })).status).toBe(400);
    expect((await list({ limit: 201 })).status).toBe(400);
  });

  it('defaults to pages of 50', async () => {
    for (let i = 0; i < 51; i++) {
      await deploy(svc(25), `0.0.${i}`, 'dev', 'succeeded', 40 + i / 60);
    }
    const page = await backend
      .api()
      .get('/api/releases/deployments')
      .query({ entityRef: svc(25) });
    expect([page.body.items.length, typeof page.body.nextCursor]).toEqual([
      50,
      'string',
    ]);
  });
});
