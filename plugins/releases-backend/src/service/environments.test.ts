import { ConfigReader } from '@backstage/config';
import type { JsonValue } from '@backstage/types';
import { DEFAULT_ENVIRONMENTS, readEnvironments } from './environments';

const read = (environments?: JsonValue) =>
  readEnvironments(new ConfigReader({ releases: { environments } }));

describe('readEnvironments', () => {
  it('defaults to staging and production', () => {
    expect(read()).toEqual(DEFAULT_ENVIRONMENTS);
  });

  it('keeps the configured order and marks the production one', () => {
    expect(
      read([
        { name: 'dev' },
        { name: 'prod', production: true },
        { name: 'dr' },
      ]),
    ).toEqual([
      { name: 'dev', production: false },
      { name: 'prod', production: true },
      { name: 'dr', production: false },
    ]);
  });

  it('refuses no production environment, two, duplicates and bad names', () => {
    expect(() => read([{ name: 'staging' }])).toThrow(
      'releases.environments: exactly one environment must have production: true; 0 have',
    );
    expect(() =>
      read([
        { name: 'a', production: true },
        { name: 'b', production: true },
      ]),
    ).toThrow(/2 have/);
    expect(() =>
      read([{ name: 'prod', production: true }, { name: 'prod' }]),
    ).toThrow('releases.environments: "prod" is listed twice');
    expect(() => read([{ name: 'eu west', production: true }])).toThrow(
      /"eu west" is not a valid name/,
    );
  });
});
