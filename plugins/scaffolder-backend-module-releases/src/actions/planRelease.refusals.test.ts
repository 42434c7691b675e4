import { PORTAL, users } from '../__testUtils__/releasesBackend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { failureOf, runAction } from '../__testUtils__/actionContext';
import { createPlanReleaseAction } from './planRelease';

const CART = 'component:default/cart-service';
const WINDOW = { windowStart: '2027-03-01T09:00:00Z', duration: { hours: 2 } };

describeOnEachDatabase('release:plan refused by the API', used => {
  const plan = () =>
    createPlanReleaseAction({
      ...used.options(),
      appBaseUrl: PORTAL,
      catalogPollMs: 200,
    });
  const guest = () => used.releases().apiAs(users.guest);
  const releasesOf = async (entityRef: string) =>
    (await guest().client.listReleases({ entityRef }, guest())).items;

  it("fails with the API's message when it refuses the plan, and plans nothing", async () => {
    const refused = (input: object) =>
      runAction(plan(), {
        user: users.guest,
        input: { version: '1.0.0', ...WINDOW, ...input } as any,
      });
    expect(
      await failureOf(
        refused({
          entityRef: 'component:default/nowhere',
          owner: 'group:default/checkout-team',
        }),
      ),
    ).toEqual({
      name: 'InputError',
      message:
        'Could not plan the release: components: not components in the catalog: component:default/nowhere',
    });
    expect(
      await failureOf(
        refused({
          entityRef: CART,
          windowStart: '2027-03-05T10:00:00Z',
          windowEnd: '2027-03-05T09:00:00Z',
          duration: undefined,
          title: 'Backwards',
        }),
      ),
    ).toEqual({
      name: 'InputError',
      message:
        'Could not plan the release: windowEnd: must be after windowStart',
    });
    expect((await releasesOf(CART)).map(r => r.title)).not.toContain(
      'Backwards',
    );
  });

  it("fails with the API's denial when the user may not plan for the owner", async () => {
    // The guest is in the checkout team; the gateway belongs to the payments team.
    expect(
      await failureOf(
        runAction(plan(), {
          user: users.guest,
          input: { entityRef: 'payment-gateway', version: '3.0.0', ...WINDOW },
        }),
      ),
    ).toEqual({
      name: 'NotAllowedError',
      message:
        'Could not plan the release: owner: you may plan releases only for yourself or a group you belong to, not group:default/payments-team',
    });
    expect(await releasesOf('component:default/payment-gateway')).toEqual([]);
  });

  it('waits no longer than told for a component the catalog does not know, then lets the API refuse it', async () => {
    const logs: string[] = [];
    const failure = await failureOf(
      runAction(plan(), {
        user: users.guest,
        logs,
        input: {
          entityRef: 'never-registered',
          owner: 'group:default/checkout-team',
          version: '1.0.0',
          waitForCatalog: { seconds: 1 },
          ...WINDOW,
        },
      }),
    );

    expect(failure.message).toBe(
      'Could not plan the release: components: not components in the catalog: component:default/never-registered',
    );
    expect(logs).toEqual([
      'Waiting up to 1 s for the catalog to know component:default/never-registered',
      'Still not in the catalog: component:default/never-registered; asking the Releases API anyway',
    ]);
  });
});
