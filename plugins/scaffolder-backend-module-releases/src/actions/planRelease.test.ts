import { component, PORTAL, users } from '../__testUtils__/releasesBackend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { failureOf, runAction } from '../__testUtils__/actionContext';
import { createPlanReleaseAction } from './planRelease';

const CART = 'component:default/cart-service';
const WINDOW = { windowStart: '2027-03-01T09:00:00Z', duration: { hours: 2 } };

describeOnEachDatabase('release:plan', used => {
  const plan = () =>
    createPlanReleaseAction({
      ...used.options(),
      appBaseUrl: PORTAL,
      catalogPollMs: 100,
    });
  const guest = () => used.releases().apiAs(users.guest);
  const releasesOf = async (entityRef: string) =>
    (await guest().client.listReleases({ entityRef }, guest())).items;

  it('plans the release through the API in the name of the user who runs the template', async () => {
    const { outputs, logs } = await runAction(plan(), {
      user: users.guest,
      input: { entityRef: 'cart-service', version: '2.0.0', ...WINDOW },
    });

    const id = outputs.releaseId as string;
    const release = await guest().client.getRelease(id, guest());
    expect(release).toMatchObject({
      title: 'Cart',
      version: '2.0.0',
      owner: 'group:default/checkout-team',
      status: 'draft',
      windowStart: '2027-03-01T09:00:00.000Z',
      windowEnd: '2027-03-01T11:00:00.000Z',
    });
    expect(release.components).toEqual([CART]);
    expect(outputs.releaseUrl).toBe(`${PORTAL}/releases/${id}`);
    expect(logs).toContainEqual(
      expect.stringContaining(`Planned "Cart 2.0.0" of ${CART}`),
    );
    const activity = await (
      await guest().fetch(`/releases/${id}/activity`)
    ).json();
    expect(activity.items.map((a: any) => [a.action, a.actor])).toContainEqual([
      'release.created',
      users.guest,
    ]);
  });

  it("plans the component of the workspace's catalog-info.yaml when no component is named", async () => {
    const { outputs } = await runAction(plan(), {
      user: users.guest,
      workspace: {
        'catalog-info.yaml': `apiVersion: backstage.io/v1alpha1
kind: Component
metadata: { name: cart-service }
spec: { type: service, lifecycle: production, owner: checkout-team }
`,
      },
      input: {
        version: '2.1.0',
        windowStart: '2027-03-02T09:00:00+01:00',
        windowEnd: '2027-03-02T10:00:00+01:00',
        title: 'Cart refresh',
        description: 'From a template',
      },
    });

    const release = await guest().client.getRelease(
      outputs.releaseId as string,
      guest(),
    );
    expect(release).toMatchObject({
      title: 'Cart refresh',
      description: 'From a template',
      owner: 'group:default/checkout-team',
      windowStart: '2027-03-02T08:00:00.000Z',
    });
    expect(release.components).toEqual([CART]);
  });

  it('waits for a component that an earlier step registered until the catalog knows it', async () => {
    setTimeout(
      () => used.catalog.add(component('cart-api', 'checkout-team', 'shop')),
      300,
    );
    const { outputs, logs } = await runAction(plan(), {
      user: users.guest,
      input: {
        entityRef: 'component:default/cart-api',
        components: [CART],
        version: '0.1.0',
        waitForCatalog: { seconds: 20 },
        ...WINDOW,
      },
    });

    expect(logs[0]).toBe(
      'Waiting up to 20 s for the catalog to know component:default/cart-api',
    );
    const release = await guest().client.getRelease(
      outputs.releaseId as string,
      guest(),
    );
    expect(release.title).toBe('cart-api and Cart');
    expect([...release.components].sort()).toEqual([
      'component:default/cart-api',
      CART,
    ]);
  });

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
});
