import { demoCatalog } from './__testUtils__/demoPortal';
import { DEMO_COMPONENTS, DEMO_TEAMS } from './demoComponents';

describe('the demo catalog', () => {
  it('has every component the demo releases name, with the owner and system the seed says', () => {
    const components = demoCatalog().filter(e => e.kind === 'Component');
    for (const [name, facts] of Object.entries(DEMO_COMPONENTS)) {
      const entity = components.find(e => e.metadata.name === name);
      expect([name, entity?.spec?.owner, entity?.spec?.system]).toEqual([
        name,
        `group:default/${facts.owner}`,
        facts.system,
      ]);
    }
  });

  it('names the members of each team as the demo organisation does', () => {
    const users = demoCatalog().filter(e => e.kind === 'User');
    for (const [team, members] of Object.entries(DEMO_TEAMS)) {
      for (const member of members) {
        const user = users.find(u => u.metadata.name === member);
        expect([member, user?.spec?.memberOf]).toEqual([
          member,
          expect.arrayContaining([team]),
        ]);
      }
    }
  });
});
