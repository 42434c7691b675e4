import { component, PORTAL, users } from '../__testUtils__/releasesBackend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { runAction } from '../__testUtils__/actionContext';
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
});
