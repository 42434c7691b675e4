import type { Config } from '@backstage/config';
import type { DeploymentEnvironment } from '@releasekit/plugin-releases-common';

const NAME = /^[A-Za-z0-9_.-]{1,64}$/;

export const DEFAULT_ENVIRONMENTS: DeploymentEnvironment[] = [
  { name: 'staging', production: false },
  { name: 'production', production: true },
];

/**
 * `releases.environments`, checked at start-up: a portal with no production environment, or two,
 * could not say when a release is out, so it does not start.
 */
export function readEnvironments(config: Config): DeploymentEnvironment[] {
  const entries = config.getOptionalConfigArray('releases.environments');
  if (!entries) return DEFAULT_ENVIRONMENTS;
  const environments = entries.map(entry => ({
    name: entry.getString('name'),
    production: entry.getOptionalBoolean('production') ?? false,
  }));
  const names = new Set<string>();
  for (const { name } of environments) {
    if (!NAME.test(name)) {
      throw new Error(
        `releases.environments: "${name}" is not a valid name (letters, digits, _ . -, at most 64)`,
      );
    }
    if (names.has(name)) {
      throw new Error(`releases.environments: "${name}" is listed twice`);
    }
    names.add(name);
  }
  const production = environments.filter(e => e.production);
  if (production.length !== 1) {
    throw new Error(
      `releases.environments: exactly one environment must have production: true; ${
        production.length
      } ${production.length === 1 ? 'has' : 'have'}`,
    );
  }
  return environments;
}
