import type { StoredComponent } from '../database/types';

/**
 * What the demo catalog (examples/entities.yaml) says of each component. Written down here rather
 * than read from the catalog because seeding runs at start-up, before the catalog has processed
 * its locations; a test compares it with the catalog files.
 */
export const DEMO_COMPONENTS: Record<
  string,
  { owner: string; system: string }
> = {
  'storefront-web': { owner: 'checkout-team', system: 'checkout' },
  'checkout-service': { owner: 'checkout-team', system: 'checkout' },
  'cart-service': { owner: 'checkout-team', system: 'checkout' },
  'order-service': { owner: 'checkout-team', system: 'checkout' },
  'checkout-ui-kit': { owner: 'checkout-team', system: 'checkout' },
  'payment-gateway': { owner: 'payments-team', system: 'payments' },
  'fraud-detection': { owner: 'payments-team', system: 'payments' },
  'billing-service': { owner: 'payments-team', system: 'payments' },
  'ledger-service': { owner: 'payments-team', system: 'payments' },
  'payments-sdk': { owner: 'payments-team', system: 'payments' },
  'auth-service': { owner: 'identity-team', system: 'identity' },
  'user-profile-service': { owner: 'identity-team', system: 'identity' },
  'account-web': { owner: 'identity-team', system: 'identity' },
  'session-lib': { owner: 'identity-team', system: 'identity' },
  'notification-service': { owner: 'platform-team', system: 'platform' },
  'observability-lib': { owner: 'platform-team', system: 'platform' },
};

/** The members of each demo team (examples/org.yaml), who tick their components' items. */
export const DEMO_TEAMS: Record<string, string[]> = {
  'checkout-team': ['james.okafor', 'sofia.rossi'],
  'payments-team': ['maria.lopez', 'daniel.kim', 'priya.natarajan'],
  'identity-team': ['wei.chen', 'hannah.schmidt', 'lucas.almeida'],
  'platform-team': ['olivia.bennett', 'tom.andersson', 'aisha.rahman'],
};

export function demoComponent(name: string): StoredComponent {
  const facts = DEMO_COMPONENTS[name];
  if (!facts) {
    throw new Error(`Demo release names unknown component ${name}`);
  }
  return {
    entityRef: `component:default/${name}`,
    ownerRef: `group:default/${facts.owner}`,
    systemRef: `system:default/${facts.system}`,
  };
}

/** A member of the team that owns `groupRef`, picked by `n` so that the work is shared. */
export function memberOf(groupRef: string, n: number): string {
  const members = DEMO_TEAMS[groupRef.replace(/^group:default\//, '')] ?? [];
  if (!members.length) {
    throw new Error(`Demo data names unknown team ${groupRef}`);
  }
  return `user:default/${members[n % members.length]}`;
}
