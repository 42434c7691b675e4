import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { testCatalog } from '../__testUtils__/catalogFixtures';
import { describeOnEachDatabase } from '../__testUtils__/describeWithBackend';
import {
  deploymentSnapshot,
  releaseOf,
  reportDeployment,
  svc,
} from '../__testUtils__/deployments';

const PAYMENTS = 'component:default/payment-gateway';
const TOKENS = {
  ci: 'ci-token-for-releases',
  checkoutCi: 'checkout-ci-token-for-releases',
  unlisted: 'unlisted-token-for-releases',
  catalogOnly: 'ci-token-for-the-catalog',
};
const token = (subject: string, value: string, plugin = 'releases') => ({
  type: 'static',
  options: { token: value, subject },
  accessRestrictions: [{ plugin }],
});
const bearer = (value: string) => `Bearer ${value}`;

/*
 * Pipelines report deployments with Backstage's external access, as they report check results: the
 * real auth and httpAuth services check the static tokens, and the subjects listed under
 * releases.checks.reporters decide for which components.
 */
describeOnEachDatabase(
  'POST /deployments with external access tokens',
  {
    entities: testCatalog(),
    features: [authServiceFactory, httpAuthServiceFactory],
    config: {
      backend: {
        auth: {
          externalAccess: [
            token('github-actions', TOKENS.ci),
            token('checkout-ci', TOKENS.checkoutCi),
            token('unlisted-ci', TOKENS.unlisted),
            token('github-actions', TOKENS.catalogOnly, 'catalog'),
          ],
        },
      },
      releases: {
        checks: {
          reporters: [
            { subject: 'github-actions', components: 'all' },
            { subject: 'checkout-ci', owners: ['group:default/checkout-team'] },
          ],
        },
      },
    },
  },
  backend => {
    const report = (value: string | undefined, body: object) =>
      reportDeployment(backend.api, body, value && bearer(value));
    const succeeded = (entityRef: string) => ({
      entityRef,
      version: '2.4.0',
      environment: 'production',
      status: 'succeeded',
      url: 'https://ci.example.com/runs/9',
    });

    it('records a listed pipeline’s deployment under its subject, on the in-progress release', async () => {
      const { release } = await releaseOf(backend.knex(), [svc(1)]);
      const res = await report(TOKENS.ci, succeeded(svc(1)));
      expect(res.status).toBe(201);
      expect(res.body.deployment).toMatchObject({
        reportedBy: 'github-actions',
        releaseId: release.id,
      });
      const activity = await backend
        .knex()('release_activity')
        .where({ release_id: release.id, action: 'deployment.reported' });
      expect(activity.map(a => [a.actor, a.summary])).toEqual([
        ['github-actions', 'svc-1 2.4.0 succeeded in production'],
      ]);
      const current = await backend
        .api()
        .get('/api/releases/deployments/current')
        .query({ entityRef: svc(1) })
        .set('Authorization', bearer(TOKENS.ci));
      expect(current.body.environments[1].deployment.id).toBe(
        res.body.deployment.id,
      );
    });

    it('limits a pipeline to the owners it is listed for', async () => {
      // svc-3 is the checkout team's.
      expect((await report(TOKENS.checkoutCi, succeeded(svc(3)))).status).toBe(
        201,
      );
      const before = await deploymentSnapshot(backend.knex());
      const refused = await report(TOKENS.checkoutCi, succeeded(PAYMENTS));
      expect([refused.status, refused.body.error.message]).toEqual([
        403,
        `checkout-ci may not report deployments for ${PAYMENTS}`,
      ]);
      expect(await deploymentSnapshot(backend.knex())).toEqual(before);
    });

    it('refuses unlisted subjects, tokens for other plugins and no token, storing nothing', async () => {
      const before = await deploymentSnapshot(backend.knex());
      const unlisted = await report(TOKENS.unlisted, succeeded(svc(5)));
      expect([unlisted.status, unlisted.body.error.message]).toEqual([
        403,
        'unlisted-ci may not report deployments: list it under releases.checks.reporters',
      ]);
      expect((await report(TOKENS.catalogOnly, succeeded(svc(5)))).status).toBe(
        403,
      );
      expect((await report(undefined, succeeded(svc(5)))).status).toBe(401);
      expect(await deploymentSnapshot(backend.knex())).toEqual(before);
      expect(
        backend
          .ctx()
          .audits.filter(a => a.eventId === 'deployment-report')
          .map(a => a.outcome),
      ).toEqual(['succeeded', 'succeeded', 'failed', 'failed']);
    });
  },
);
