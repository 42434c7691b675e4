import { users } from '../__testUtils__/releasesBackend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { failureOf, runAction } from '../__testUtils__/actionContext';
import { createAssertNotFrozenAction } from './assertNotFrozen';

const HOUR = 3_600_000;
// Whole minutes, as the message shows them.
const now = Math.floor(Date.now() / 60_000) * 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

describeOnEachDatabase('release:assert-not-frozen', used => {
  const assertNotFrozen = () => createAssertNotFrozenAction(used.options());
  const admin = () => used.releases().apiAs(users.admin);

  /** Puts a freeze in force for the test through the API (as an admin), and lifts it after. */
  async function withFreeze(entityRefs: string[], test: () => Promise<void>) {
    const created = await admin().fetch('/freezes', {
      method: 'POST',
      body: JSON.stringify({
        title: 'Peak week',
        reason: 'Black Friday traffic',
        start: iso(now - HOUR),
        end: iso(now + 5 * HOUR),
        entityRefs,
      }),
    });
    expect(created.status).toBe(201);
    const { id } = await created.json();
    try {
      await test();
    } finally {
      await admin().fetch(`/freezes/${id}`, { method: 'DELETE' });
    }
  }

  it('outputs frozen: false while no freeze is in force', async () => {
    const { outputs, logs } = await runAction(assertNotFrozen(), {
      user: users.guest,
      input: { entityRef: 'cart-service' },
    });

    expect(outputs).toEqual({ frozen: false });
    expect(logs).toEqual([
      'No freeze in force for component:default/cart-service',
    ]);
  });

  it("fails naming the freeze, its reason and its end while one covers the component's system, in a dry run too", async () => {
    await withFreeze(['system:default/shop'], async () => {
      for (const isDryRun of [false, true]) {
        expect(
          await failureOf(
            runAction(assertNotFrozen(), {
              user: users.guest,
              isDryRun,
              input: {
                entityRef: 'cart-service',
                entityRefs: ['payment-gateway'],
              },
            }),
          ),
        ).toEqual({
          name: 'ConflictError',
          message:
            'Frozen now, nothing may be released: "Peak week" until ' +
            `${iso(now + 5 * HOUR).slice(0, 10)} ${iso(now + 5 * HOUR).slice(
              11,
              16,
            )} UTC (Black Friday traffic), covering component:default/cart-service`,
        });
      }
      // The freeze is the shop's: the payments gateway is free to go.
      const { outputs } = await runAction(assertNotFrozen(), {
        user: users.guest,
        input: { entityRef: 'component:default/payment-gateway' },
      });
      expect(outputs).toEqual({ frozen: false });
    });
  });

  it('checks a new component of the workspace by its system and owner until the catalog knows it', async () => {
    const workspace = {
      'catalog-info.yaml': `apiVersion: backstage.io/v1alpha1
kind: Component
metadata: { name: wishlist-service }
spec: { type: service, lifecycle: experimental, owner: checkout-team, system: shop }
`,
    };
    await withFreeze(['group:default/checkout-team'], async () => {
      const failure = await failureOf(
        runAction(assertNotFrozen(), {
          user: users.guest,
          workspace,
          input: {},
        }),
      );
      expect(failure.message).toMatch(
        /^Frozen now, nothing may be released: "Peak week" until .* covering group:default\/checkout-team$/,
      );
    });

    const { logs } = await runAction(assertNotFrozen(), {
      user: users.guest,
      workspace,
      input: {},
    });
    expect(logs).toEqual([
      'component:default/wishlist-service is not in the catalog yet: checking the freezes of ' +
        'system:default/shop and group:default/checkout-team',
      'No freeze in force for system:default/shop, group:default/checkout-team',
    ]);
  });

  it("fails with the API's message when it cannot answer for an entity", async () => {
    expect(
      await failureOf(
        runAction(assertNotFrozen(), {
          user: users.guest,
          input: { entityRef: 'component:default/nowhere' },
        }),
      ),
    ).toEqual({
      name: 'InputError',
      message:
        'Could not check the freezes of component:default/nowhere: components: not components in the catalog: component:default/nowhere',
    });
  });
});
