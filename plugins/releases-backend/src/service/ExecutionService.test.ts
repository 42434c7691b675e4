import type request from 'supertest';
import { graphCatalog } from '../__testUtils__/graphCatalog';
import { describeOnEachDatabase } from '../__testUtils__/describeWithBackend';
import { insertDeployments } from '../__testUtils__/insertDeployments';
import type { UsedBackend } from '../__testUtils__/useReleasesBackend';

const ref = (name: string) => `component:default/${name}`;
const H = 3_600_000;
const T = Date.UTC(2026, 10, 2, 9);
const iso = (ms: number) => new Date(ms).toISOString();

/** web → api → db, each depending on the next; web also consumes search's API. */
const entities = graphCatalog({
  web: {
    owner: 'checkout-team',
    dependsOn: ['api'],
    consumesApis: ['search-api'],
  },
  api: { owner: 'payments-team', dependsOn: ['db'] },
  db: { owner: 'payments-team' },
  search: { owner: 'search-team', providesApis: ['search-api'] },
});

/** The helpers of these tests, on the backend of the describe that calls it. */
function helpers(backend: UsedBackend) {
  const api = backend.api;

  /** Plans a release of the components, listed dependents first (the opposite of the order). */
  async function create(components: string[]) {
    const res = await api()
      .post('/api/releases/releases')
      .send({
        title: 'Shop',
        version: '3.0.0',
        windowStart: '2027-03-01T09:00:00Z',
        windowEnd: '2027-03-01T12:00:00Z',
        owner: 'group:default/checkout-team',
        components: components.map(ref),
      });
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  async function execution(id: string) {
    const res = await api().get(`/api/releases/releases/${id}/execution`);
    expect(res.status).toBe(200);
    return res.body;
  }

  /** A production deployment of `name` for the release, finished `hours` after T. */
  const deployed = (
    releaseId: string,
    name: string,
    hours: number,
    status: 'succeeded' | 'failed' | 'rolled_back' = 'succeeded',
  ) =>
    insertDeployments(backend.knex(), [
      {
        releaseId,
        entityRef: ref(name),
        status,
        startedAt: T + hours * H - 600_000,
        finishedAt: T + hours * H,
      },
    ]);

  /** Sends a request and returns its answer with the SQL it ran. */
  async function counted(send: () => Promise<request.Response>) {
    // The risk refreshes of earlier writes run in the background: not this answer's statements.
    await backend.ctx().risk.idle();
    const sql: string[] = [];
    const listener = (query: { sql: string }) => {
      sql.push(query.sql);
    };
    backend.knex().on('query', listener);
    try {
      return { res: await send(), sql };
    } finally {
      backend.knex().off('query', listener);
    }
  }

  return { api, create, execution, deployed, counted };
}

const steps = (execution: any) =>
  execution.steps.map((s: any) => [
    s.order,
    s.entityRef.replace('component:default/', ''),
    s.status,
    s.deployedAhead.map((d: string) => d.replace('component:default/', '')),
  ]);

describeOnEachDatabase('the runbook’s order', { entities }, backend => {
  const { api, create, execution, deployed } = helpers(backend);

  it('lists the steps in the insights’ suggested order, pending before any deployment', async () => {
    const id = await create(['web', 'search', 'api', 'db']);
    const insights = await api().get(`/api/releases/releases/${id}/insights`);
    const runbook = await execution(id);
    expect(runbook.steps.map((s: any) => s.entityRef)).toEqual(
      insights.body.suggestedOrder,
    );
    expect(steps(runbook)).toEqual([
      [1, 'db', 'pending', []],
      [2, 'api', 'pending', []],
      [3, 'search', 'pending', []],
      [4, 'web', 'pending', []],
    ]);
    expect(Object.keys(runbook).sort()).toEqual([
      'complete',
      'degraded',
      'failure',
      'productionEnvironment',
      'releaseId',
      'releasedAt',
      'steps',
    ]);
    expect(Object.keys(runbook.steps[0]).sort()).toEqual([
      'cycleWith',
      'deployedAhead',
      'deployments',
      'entityRef',
      'environment',
      'finishedAt',
      'order',
      'reportedBy',
      'startedAt',
      'status',
      'url',
      'version',
    ]);
    expect(runbook).toMatchObject({
      releaseId: id,
      productionEnvironment: 'production',
      complete: false,
      releasedAt: null,
      failure: null,
      degraded: false,
    });
  });

  it('flags a step deployed to production ahead of what it depends on, and says when all is deployed', async () => {
    const id = await create(['web', 'api', 'db']);
    await deployed(id, 'web', 1);
    await insertDeployments(backend.knex(), [
      {
        releaseId: id,
        entityRef: ref('api'),
        environment: 'staging',
        status: 'succeeded',
        startedAt: T,
        version: '2.1.0',
        url: 'https://ci.example.com/runs/7',
        reportedBy: 'user:default/pat',
      },
    ]);
    expect(steps(await execution(id))).toEqual([
      [1, 'db', 'pending', []],
      [2, 'api', 'deploying', []],
      [3, 'web', 'deployed', ['api']],
    ]);

    await deployed(id, 'db', 2);
    await deployed(id, 'api', 3);
    const runbook = await execution(id);
    // web went ahead of api: that stays on record once api follows.
    expect(steps(runbook)).toEqual([
      [1, 'db', 'deployed', []],
      [2, 'api', 'deployed', []],
      [3, 'web', 'deployed', ['api']],
    ]);
    expect(runbook.complete).toBe(true);
    expect(runbook.releasedAt).toBe(iso(T + 3 * H));
    const apiStep = runbook.steps[1];
    expect(apiStep).toMatchObject({
      environment: 'production',
      finishedAt: iso(T + 3 * H),
    });
    expect(apiStep.deployments.map((d: any) => d.environment)).toEqual([
      'production',
      'staging',
    ]);
    expect(apiStep.deployments[1]).toMatchObject({
      version: '2.1.0',
      url: 'https://ci.example.com/runs/7',
      reportedBy: 'user:default/pat',
      releaseId: id,
    });
  });

  it('flags nothing when the release is deployed in the suggested order', async () => {
    const id = await create(['web', 'api', 'db']);
    await deployed(id, 'db', 1);
    await deployed(id, 'api', 2);
    expect(steps(await execution(id))).toEqual([
      [1, 'db', 'deployed', []],
      [2, 'api', 'deployed', []],
      [3, 'web', 'pending', []],
    ]);
    await deployed(id, 'web', 3);
    expect(steps(await execution(id))).toEqual([
      [1, 'db', 'deployed', []],
      [2, 'api', 'deployed', []],
      [3, 'web', 'deployed', []],
    ]);
  });
});

describeOnEachDatabase(
  'the runbook’s failures, cost and fallback',
  { entities },
  backend => {
    const { api, create, execution, deployed, counted } = helpers(backend);

    it('shows a failed or rolled-back production deployment at once, and only this release’s deployments', async () => {
      const id = await create(['api', 'db']);
      const other = await create(['api', 'db']);
      await deployed(other, 'api', 1);
      await deployed(id, 'db', 1);
      await deployed(id, 'api', 2, 'rolled_back');
      await deployed(id, 'db', 3, 'failed');
      const runbook = await execution(id);
      expect(steps(runbook)).toEqual([
        [1, 'db', 'failed', []],
        [2, 'api', 'rolled_back', []],
      ]);
      expect(runbook.failure).toEqual({
        entityRef: ref('db'),
        status: 'failed',
      });
      expect(runbook.complete).toBe(false);
      expect(runbook.steps[1].deployments).toHaveLength(1);

      await deployed(id, 'db', 4);
      expect((await execution(id)).failure).toEqual({
        entityRef: ref('api'),
        status: 'rolled_back',
      });
    });

    it('answers in three statements whatever the number of deployments', async () => {
      const id = await create(['web', 'api', 'db']);
      const first = await counted(() =>
        api().get(`/api/releases/releases/${id}/execution`),
      );
      await insertDeployments(
        backend.knex(),
        Array.from({ length: 60 }, (_, i) => ({
          releaseId: id,
          entityRef: ref(['web', 'api', 'db'][i % 3]),
          environment: i % 2 ? 'staging' : 'production',
          status: 'succeeded' as const,
          startedAt: T + i * H,
        })),
      );
      const then = await counted(() =>
        api().get(`/api/releases/releases/${id}/execution`),
      );
      expect(
        then.res.body.steps.flatMap((s: any) => s.deployments),
      ).toHaveLength(60);
      // The release row, its components and its deployments.
      expect([first.sql.length, then.sql.length]).toEqual([3, 3]);
    });

    it('answers 404 for an unknown release', async () => {
      const res = await api().get(
        '/api/releases/releases/00000000-0000-4000-8000-000000000000/execution',
      );
      expect(res.status).toBe(404);
    });

    // Last: the catalog stays broken for the rest of the backend's life.
    it('falls back to the release’s own order when the catalog cannot be read', async () => {
      const id = await create(['web', 'api', 'db']);
      await deployed(id, 'web', 1);
      backend.ctx().catalog.breakIt();
      const runbook = await execution(id);
      expect(runbook.degraded).toBe(true);
      expect(steps(runbook)).toEqual([
        [1, 'web', 'deployed', []],
        [2, 'api', 'pending', []],
        [3, 'db', 'pending', []],
      ]);
    });
  },
);
