import type { Deployment } from './deploymentTypes';
import { computeExecution, type ExecutionInput } from './execution';

const ref = (name: string) => `component:default/${name}`;
const at = (hour: number) => new Date(Date.UTC(2027, 2, 1, hour)).toISOString();

let seq = 0;
/** A deployment of `name` started at `hour` and (unless started) finished an hour later. */
function dep(
  name: string,
  hour: number,
  status: Deployment['status'],
  environment = 'production',
  extra: Partial<Deployment> = {},
): Deployment {
  seq += 1;
  return {
    id: `d-${String(seq).padStart(3, '0')}`,
    entityRef: ref(name),
    version: '1.0.0',
    environment,
    status,
    url: `https://ci.example.com/runs/${seq}`,
    commit: null,
    startedAt: at(hour),
    finishedAt: status === 'started' ? null : at(hour + 1),
    reportedBy: 'service:github-actions',
    releaseId: 'r1',
    ...extra,
  };
}

/** web depends on api, api on db; cache and queue depend on each other. */
function input(
  deployments: Deployment[],
  overrides: Partial<ExecutionInput> = {},
): ExecutionInput {
  return {
    releaseId: 'r1',
    productionEnvironment: 'production',
    order: [ref('db'), ref('api'), ref('web')],
    cycles: [],
    dependencies: new Map([
      [ref('api'), [ref('db')]],
      [ref('web'), [ref('api'), ref('outside')]],
    ]),
    deployments,
    degraded: false,
    ...overrides,
  };
}

const summary = (execution: ReturnType<typeof computeExecution>) =>
  execution.steps.map(s => [s.order, s.entityRef, s.status, s.deployedAhead]);

describe('computeExecution', () => {
  it('lists the steps in the given order, each with its status and latest deployment', () => {
    const stagingOnly = dep('api', 2, 'succeeded', 'staging');
    const running = dep('web', 3, 'started', 'production', {
      version: '2.0.0',
      url: null,
    });
    const earlierWeb = dep('web', 1, 'succeeded', 'staging');
    const execution = computeExecution(
      input([earlierWeb, stagingOnly, running], {
        order: [ref('db'), ref('api'), ref('web')],
      }),
    );
    expect(summary(execution)).toEqual([
      [1, ref('db'), 'pending', []],
      [2, ref('api'), 'deploying', []],
      [3, ref('web'), 'deploying', []],
    ]);
    const web = execution.steps[2];
    expect(web).toMatchObject({
      version: '2.0.0',
      environment: 'production',
      startedAt: at(3),
      finishedAt: null,
      reportedBy: 'service:github-actions',
      url: null,
    });
    expect(web.deployments.map(d => d.id)).toEqual([running.id, earlierWeb.id]);
    expect(execution.steps[0]).toMatchObject({
      version: null,
      environment: null,
      startedAt: null,
      deployments: [],
    });
    expect(execution).toMatchObject({
      complete: false,
      releasedAt: null,
      failure: null,
      degraded: false,
    });
  });

  it('flags a step whose production deployment went ahead of a dependency, and keeps the flag once the dependency follows', () => {
    const webFirst = [dep('web', 1, 'succeeded')];
    expect(summary(computeExecution(input(webFirst)))).toEqual([
      [1, ref('db'), 'pending', []],
      [2, ref('api'), 'pending', []],
      // `outside` is not part of the release: it is not the runbook's to order.
      [3, ref('web'), 'deployed', [ref('api')]],
    ]);

    const thenApi = [
      ...webFirst,
      dep('db', 2, 'succeeded'),
      dep('api', 3, 'succeeded'),
    ];
    expect(summary(computeExecution(input(thenApi)))).toEqual([
      [1, ref('db'), 'deployed', []],
      [2, ref('api'), 'deployed', []],
      [3, ref('web'), 'deployed', [ref('api')]],
    ]);
  });

  it('flags nothing when the order is kept, a dependency finishing at the same moment included', () => {
    const inOrder = [
      dep('db', 1, 'succeeded'),
      // A staging deployment, or a failed production one, of a dependency does not count.
      dep('api', 1, 'failed'),
      dep('api', 2, 'succeeded', 'staging'),
      dep('api', 3, 'succeeded'),
      dep('web', 3, 'succeeded'),
    ];
    const execution = computeExecution(input(inOrder));
    expect(summary(execution)).toEqual([
      [1, ref('db'), 'deployed', []],
      [2, ref('api'), 'deployed', []],
      [3, ref('web'), 'deployed', []],
    ]);

    const staging = [dep('db', 5, 'succeeded', 'staging')];
    const apiFirst = computeExecution(
      input([...staging, dep('api', 1, 'failed'), dep('api', 2, 'succeeded')]),
    );
    expect(apiFirst.steps[1].deployedAhead).toEqual([ref('db')]);
  });

  it('keeps a cycle together: its members do not go ahead of each other, and says who is in it', () => {
    const execution = computeExecution(
      input([dep('queue', 1, 'succeeded'), dep('worker', 2, 'succeeded')], {
        order: [ref('cache'), ref('queue'), ref('worker')],
        cycles: [[ref('cache'), ref('queue')]],
        dependencies: new Map([
          [ref('cache'), [ref('queue')]],
          [ref('queue'), [ref('cache')]],
          [ref('worker'), [ref('queue'), ref('cache'), ref('queue')]],
        ]),
      }),
    );
    expect(
      execution.steps.map(s => [s.entityRef, s.deployedAhead, s.cycleWith]),
    ).toEqual([
      [ref('cache'), [], [ref('queue')]],
      [ref('queue'), [], [ref('cache')]],
      [ref('worker'), [ref('cache')], []],
    ]);
  });

  it('is complete when every step is deployed, offering the last production finish as the release time', () => {
    const execution = computeExecution(
      input([
        dep('db', 1, 'succeeded'),
        dep('api', 2, 'succeeded'),
        dep('web', 3, 'succeeded'),
        // A redeployment of db after the others: its finish is the last one.
        dep('db', 6, 'succeeded'),
        dep('web', 9, 'succeeded', 'staging'),
        // Not a component of the release (any more): left out.
        dep('gone', 12, 'succeeded'),
      ]),
    );
    expect(execution.complete).toBe(true);
    expect(execution.releasedAt).toBe(at(7));
    expect(execution.steps.flatMap(s => s.deployments)).toHaveLength(5);
  });

  it('shows a failed or rolled-back latest production deployment at once, over an earlier success', () => {
    const execution = computeExecution(
      input([
        dep('db', 1, 'succeeded'),
        dep('db', 4, 'failed'),
        dep('api', 2, 'rolled_back'),
        dep('web', 3, 'succeeded'),
        // A later staging deployment does not hide the production failure.
        dep('api', 5, 'succeeded', 'staging'),
      ]),
    );
    expect(execution.steps.map(s => s.status)).toEqual([
      'failed',
      'rolled_back',
      'deployed',
    ]);
    expect(execution.failure).toEqual({
      entityRef: ref('db'),
      status: 'failed',
    });
    expect(execution.complete).toBe(false);
    expect(execution.releasedAt).toBeNull();

    const recovered = computeExecution(
      input([
        dep('db', 1, 'failed'),
        dep('db', 2, 'succeeded'),
        dep('api', 3, 'started'),
      ]),
    );
    expect(recovered.steps.map(s => s.status)).toEqual([
      'deployed',
      'deploying',
      'pending',
    ]);
    expect(recovered.failure).toBeNull();
  });

  it('is never complete without steps, and passes degradation through', () => {
    expect(computeExecution(input([], { order: [], degraded: true }))).toEqual({
      releaseId: 'r1',
      productionEnvironment: 'production',
      steps: [],
      complete: false,
      releasedAt: null,
      failure: null,
      degraded: true,
    });
  });
});
