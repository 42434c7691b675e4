import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { testCatalog } from '../__testUtils__/catalogFixtures';
import { describeOnEachDatabase } from '../__testUtils__/describeWithBackend';
import { storeWithAutomatedRelease } from '../__testUtils__/newRelease';

const CHECKOUT = 'component:default/checkout-service';
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

/*
 * Pipelines report with Backstage's external access: the real auth and httpAuth services of
 * @backstage/backend-defaults check the static tokens and their access restrictions, and the plugin
 * decides by the token's subject what it may report for (releases.checks.reporters).
 */
describeOnEachDatabase(
  'POST /checks/results with external access tokens',
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
    const report = (value: string | undefined, body: object) => {
      const req = backend.api().post('/api/releases/checks/results');
      return (value ? req.set('Authorization', `Bearer ${value}`) : req).send(
        body,
      );
    };
    const passed = (entityRef: string) => ({
      entityRef,
      check: 'ci.tests',
      status: 'passed',
      url: 'https://ci.example.com/runs/7',
    });

    it('settles the item for a listed pipeline and names its subject in the activity', async () => {
      const { store, release: r } = await storeWithAutomatedRelease(
        backend.knex(),
      );

      const res = await report(TOKENS.ci, passed(CHECKOUT));
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        settled: [{ releaseId: r.id, itemId: `${r.id}-a`, state: 'done' }],
        unmatched: [],
      });
      const [activity] = await store.listActivity(r.id, 1);
      expect(activity).toMatchObject({
        actor: 'github-actions',
        action: 'checklist.check_result',
      });
      const item = (await store.getRelease(r.id))!.checklist[0];
      expect(item).toMatchObject({ state: 'done', doneBy: 'github-actions' });
    });

    it('limits a pipeline to the owners it is listed for', async () => {
      expect((await report(TOKENS.checkoutCi, passed(CHECKOUT))).status).toBe(
        200,
      );
      const refused = await report(TOKENS.checkoutCi, {
        results: [passed(CHECKOUT), passed(PAYMENTS)],
      });
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toBe(
        `checkout-ci may not report check results for ${PAYMENTS}`,
      );
    });

    it('refuses unlisted subjects, tokens for other plugins, and no token', async () => {
      const unlisted = await report(TOKENS.unlisted, passed(CHECKOUT));
      expect(unlisted.status).toBe(403);
      expect(unlisted.body.error.message).toMatch(
        /unlisted-ci may not report check results: list it under releases.checks.reporters/,
      );
      expect((await report(TOKENS.catalogOnly, passed(CHECKOUT))).status).toBe(
        403,
      );
      expect((await report(undefined, passed(CHECKOUT))).status).toBe(401);
      const stored = await backend.knex()('check_results').select('check');
      // Only the two accepted reports above were kept (one row: same component and check).
      expect(stored).toHaveLength(1);
    });
  },
);
