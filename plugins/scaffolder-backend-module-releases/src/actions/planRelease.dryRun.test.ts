import { PORTAL, users } from '../__testUtils__/releasesBackend';
import { describeOnEachDatabase } from '../__testUtils__/describeOnEachDatabase';
import { failureOf, runAction } from '../__testUtils__/actionContext';
import { createPlanReleaseAction, DRY_RUN_RELEASE_ID } from './planRelease';

const CART = 'component:default/cart-service';
const NEW_SERVICE = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata: { name: basket-service }
spec: { type: service, lifecycle: experimental, owner: group:checkout-team, system: shop }
`;

describeOnEachDatabase('release:plan as a dry run', used => {
  const plan = () =>
    createPlanReleaseAction({ ...used.options(), appBaseUrl: PORTAL });
  const dryRun = (input: object, workspace?: Record<string, string>) =>
    runAction(plan(), {
      user: users.guest,
      isDryRun: true,
      workspace,
      input: {
        version: '2.0.0',
        windowStart: '2027-04-01T09:00:00Z',
        duration: { hours: 1 },
        ...input,
      } as any,
    });
  const releaseCount = async () => {
    const api = used.releases().apiAs(users.admin);
    return (await api.client.listReleases({}, api)).items.length;
  };

  it('logs the release it would plan and outputs a placeholder, planning nothing', async () => {
    const before = await releaseCount();

    const { outputs, logs } = await dryRun({ entityRef: CART });

    expect(outputs).toEqual({
      releaseId: DRY_RUN_RELEASE_ID,
      releaseUrl: `${PORTAL}/releases/${DRY_RUN_RELEASE_ID}`,
    });
    expect(logs).toEqual([
      `Dry run: would plan "Cart 2.0.0" of ${CART}, owned by group:default/checkout-team, ` +
        'in the window 2027-04-01T09:00:00Z to 2027-04-01T10:00:00.000Z',
    ]);
    expect(await releaseCount()).toBe(before);
  });

  it('refuses, in the words of the API, what a real run would have refused', async () => {
    expect(
      await failureOf(
        dryRun({
          entityRef: CART,
          duration: undefined,
          windowEnd: '2027-04-01T08:00:00Z',
        }),
      ),
    ).toEqual({
      name: 'InputError',
      message: 'windowEnd: must be after windowStart',
    });
    expect(
      await failureOf(dryRun({ entityRef: 'component:default/nowhere' })),
    ).toEqual({
      name: 'InputError',
      message:
        'components: not components in the catalog: component:default/nowhere',
    });
    expect(
      await failureOf(dryRun({ entityRef: CART, owner: 'team-nobody' })),
    ).toEqual({
      name: 'InputError',
      message: 'Not in the catalog: group:default/team-nobody',
    });
    expect(
      await failureOf(
        dryRun({ entityRef: CART, components: ['cart-service'] }),
      ),
    ).toEqual({
      name: 'InputError',
      message: `components: listed more than once: ${CART}`,
    });
    expect(
      await failureOf(dryRun({ entityRef: 'system:default/shop' })),
    ).toEqual({
      name: 'InputError',
      message:
        'components: "system:default/shop" must be a component entity ref',
    });
  });

  it('takes a new component and its owner from the workspace, trusting a later registration when told to wait', async () => {
    const { logs } = await dryRun(
      { waitForCatalog: { minutes: 2 } },
      { 'catalog-info.yaml': NEW_SERVICE },
    );

    expect(logs).toEqual([
      'Not in the catalog yet: component:default/basket-service; a real run waits for them (waitForCatalog) before planning',
      'Dry run: would plan "basket-service 2.0.0" of component:default/basket-service, owned by ' +
        'group:default/checkout-team, in the window 2027-04-01T09:00:00Z to 2027-04-01T10:00:00.000Z',
    ]);
    expect(
      await failureOf(dryRun({}, { 'catalog-info.yaml': NEW_SERVICE })),
    ).toEqual({
      name: 'InputError',
      message:
        'components: not components in the catalog: component:default/basket-service',
    });
  });
});
