import { testCatalog } from '../__testUtils__/catalogFixtures';
import { describeOnEachDatabase } from '../__testUtils__/describeWithBackend';
import type { UsedBackend } from '../__testUtils__/useReleasesBackend';
import {
  deploymentSnapshot,
  releaseOf,
  reportDeployment,
  svc,
} from '../__testUtils__/deployments';
import { HOUR, T0 } from '../__testUtils__/newRelease';

const at = (hours: number) => new Date(T0 + hours * HOUR).toISOString();

/** What the tests of a describe need of its backend. */
function helpers(backend: UsedBackend) {
  return {
    report: (body: object) => reportDeployment(backend.api, body),
    activityOf: (releaseId: string) =>
      backend
        .knex()('release_activity')
        .where({ release_id: releaseId, action: 'deployment.reported' }),
  };
}

/*
 * Reporting deployments over HTTP as a user (the test backend's mock user, allowed everything):
 * what a report stores, and on which release.
 */
describeOnEachDatabase(
  'recording a deployment on its release',
  { entities: testCatalog() },
  backend => {
    const { report, activityOf } = helpers(backend);

    it('matches the in-progress release of the component, records its activity and leaves its revision alone', async () => {
      const { release: old } = await releaseOf(backend.knex(), [svc(1)], {
        status: 'released',
      });
      const { store, release } = await releaseOf(backend.knex(), [svc(1)]);
      const before = (await store.getRelease(release.id))!;

      const res = await report({
        entityRef: svc(1),
        version: '2.4.0',
        environment: 'production',
        status: 'succeeded',
        url: 'https://ci.example.com/runs/1',
        startedAt: at(0.5),
        finishedAt: at(0.75),
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        deployment: {
          id: expect.any(String),
          entityRef: svc(1),
          version: '2.4.0',
          environment: 'production',
          status: 'succeeded',
          url: 'https://ci.example.com/runs/1',
          commit: null,
          startedAt: at(0.5),
          finishedAt: at(0.75),
          reportedBy: 'user:default/mock',
          releaseId: release.id,
        },
        created: true,
        changed: true,
      });
      const [activity] = await activityOf(release.id);
      expect(activity).toMatchObject({
        actor: 'user:default/mock',
        summary: 'svc-1 2.4.0 succeeded in production',
      });
      expect(JSON.parse(activity.after)).toMatchObject({
        deploymentId: res.body.deployment.id,
        status: 'succeeded',
      });
      expect(await activityOf(old.id)).toEqual([]);
      const after = (await store.getRelease(release.id))!;
      expect([after.revision, after.updatedAt]).toEqual([
        before.revision,
        before.updatedAt,
      ]);
      expect(backend.ctx().audits).toContainEqual({
        eventId: 'deployment-report',
        meta: { deployment: `${svc(1)} 2.4.0 production succeeded` },
        outcome: 'succeeded',
      });
    });
  },
);

/** Which release a deployment belongs to. */
describeOnEachDatabase(
  'matching deployments to releases',
  { entities: testCatalog() },
  backend => {
    const { report } = helpers(backend);

    it('of several in progress, picks the one whose window holds the start, else the latest window', async () => {
      const { release: early } = await releaseOf(backend.knex(), [svc(2)], {
        windowStart: T0,
        windowEnd: T0 + 2 * HOUR,
      });
      const { release: late } = await releaseOf(backend.knex(), [svc(2)], {
        windowStart: T0 + 24 * HOUR,
        windowEnd: T0 + 26 * HOUR,
      });
      const started = async (hours: number, version: string) =>
        (
          await report({
            entityRef: svc(2),
            version,
            environment: 'staging',
            status: 'started',
            startedAt: at(hours),
          })
        ).body.deployment.releaseId;
      expect(await started(1, '1.0.0')).toBe(early.id);
      expect(await started(25, '1.0.1')).toBe(late.id);
      expect(await started(12, '1.0.2')).toBe(late.id);
    });

    it('matches the named release, whatever its status', async () => {
      const { release: planned } = await releaseOf(backend.knex(), [svc(3)], {
        status: 'planned',
      });
      await releaseOf(backend.knex(), [svc(3)]);
      const res = await report({
        entityRef: svc(3),
        version: '1.0.0',
        environment: 'staging',
        status: 'started',
        releaseId: planned.id,
      });
      expect([res.status, res.body.deployment.releaseId]).toEqual([
        201,
        planned.id,
      ]);
    });

    it('keeps a deployment that matches no release, with no release', async () => {
      await releaseOf(backend.knex(), [svc(4)], { status: 'planned' });
      const res = await report({
        entityRef: 'Component:Default/SVC-4',
        version: '0.9.0',
        environment: 'staging',
        status: 'succeeded',
      });
      expect(res.status).toBe(201);
      expect(res.body.deployment).toMatchObject({
        entityRef: svc(4),
        releaseId: null,
        status: 'succeeded',
      });
      const { startedAt, finishedAt } = res.body.deployment;
      expect(startedAt).toBe(finishedAt);
      const stored = await backend
        .knex()('deployments')
        .where({ id: res.body.deployment.id });
      expect(stored).toHaveLength(1);
      expect(stored[0].owner_ref).toBe('group:default/payments-team');
    });
  },
);

/** A report finishes the deployment it continues; a repeat writes nothing. */
describeOnEachDatabase(
  'finishing and repeating deployments',
  { entities: testCatalog() },
  backend => {
    const { report, activityOf } = helpers(backend);

    it('finishes a started deployment in place; a repeat changes nothing and writes nothing', async () => {
      const { release } = await releaseOf(backend.knex(), [svc(5)]);
      const body = {
        entityRef: svc(5),
        version: '3.1.0',
        environment: 'production',
        status: 'started',
        startedAt: at(0.5),
        url: 'https://ci.example.com/runs/5',
      };
      const started = await report(body);
      expect(started.status).toBe(201);

      const finished = await report({
        ...body,
        status: 'succeeded',
        startedAt: undefined,
        url: undefined,
        commit: 'abc123',
      });
      expect(finished.status).toBe(200);
      expect(finished.body).toMatchObject({ created: false, changed: true });
      expect(finished.body.deployment).toMatchObject({
        id: started.body.deployment.id,
        status: 'succeeded',
        startedAt: at(0.5),
        url: 'https://ci.example.com/runs/5',
        commit: 'abc123',
      });
      expect(Date.parse(finished.body.deployment.finishedAt)).toBeGreaterThan(
        Date.now() - 60_000,
      );

      const before = await deploymentSnapshot(backend.knex());
      const repeat = await report({ ...body, status: 'succeeded' });
      expect([repeat.status, repeat.body]).toEqual([
        200,
        {
          deployment: finished.body.deployment,
          created: false,
          changed: false,
        },
      ]);
      expect(await deploymentSnapshot(backend.knex())).toEqual(before);
      expect((await activityOf(release.id)).map(a => a.summary)).toEqual([
        'svc-5 3.1.0 deploying to production',
        'svc-5 3.1.0 succeeded in production',
      ]);
      // A new run of the same version after it finished is a new deployment.
      const again = await report({ ...body, startedAt: at(1) });
      expect([again.status, again.body.deployment.id]).toEqual([
        201,
        expect.not.stringMatching(started.body.deployment.id),
      ]);
    });
  },
);

/** Refusals with a clear 400 that store nothing. */
describeOnEachDatabase(
  'refusing bad deployment reports',
  { entities: testCatalog() },
  backend => {
    const { report } = helpers(backend);

    it('refuses bad reports with a clear 400 and stores nothing', async () => {
      const { release: other } = await releaseOf(backend.knex(), [svc(7)]);
      await report({
        entityRef: svc(6),
        version: '1.0.0',
        environment: 'staging',
        status: 'started',
        startedAt: at(1),
      });
      const before = await deploymentSnapshot(backend.knex());
      const valid = {
        entityRef: svc(6),
        version: '1.0.0',
        environment: 'staging',
        status: 'succeeded',
      };
      const cases: Array<[object, string]> = [
        [
          { entityRef: 'component:default/nope' },
          'entityRef: component:default/nope is not a component in the catalog',
        ],
        [
          { entityRef: 'group:default/checkout-team' },
          'entityRef: "group:default/checkout-team" must be a component entity ref',
        ],
        [
          { environment: 'qa' },
          'environment: "qa" is not configured; the environments are staging, production (releases.environments)',
        ],
        [
          { releaseId: other.id },
          `releaseId: there is no release ${other.id} that includes ${svc(6)}`,
        ],
        [
          { releaseId: 'no-such-release' },
          `releaseId: there is no release no-such-release that includes ${svc(
            6,
          )}`,
        ],
        [
          { startedAt: at(2), finishedAt: at(1) },
          'finishedAt: must not be before startedAt',
        ],
        [
          { status: 'started', finishedAt: at(1) },
          'finishedAt: only a finished deployment (succeeded, failed or rolled_back) has one',
        ],
        [
          { finishedAt: at(0.5) },
          `finishedAt: ${at(0.5)} is before the deployment started (${at(1)})`,
        ],
        [{ startedAt: '2026-13-01T00:00:00Z' }, 'startedAt'],
        [{ version: '   ' }, 'version: must not be blank'],
      ];
      for (const [change, message] of cases) {
        const res = await report({ ...valid, ...change });
        expect([res.status, res.body.error?.message]).toEqual([
          400,
          expect.stringContaining(message),
        ]);
      }
      expect(await deploymentSnapshot(backend.knex())).toEqual(before);
      const shapes = await report({ ...valid, status: 'deployed' });
      expect(shapes.status).toBe(400);
    });
  },
);
