import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { catalogEntities } from '../../bench/src/organisation';

/** The check key of the soak template's automated item, reported by the soak's check results. */
export const SOAK_CHECK = 'ci.soak';
/** The template of the releases the soak plans while it runs (their reminders fall due in the run). */
export const SOAK_TEMPLATE = 'soak';
/** How often the reminder task runs in the soak (15 minutes by default): several times per run. */
export const REMINDER_FREQUENCY_SECONDS = 10;
/**
 * How long a reminder run may take (5 minutes by default): the scheduler frees the task from the
 * replica the kill cut after this long (its janitor looks each minute), and a later run then sends
 * what the cut run claimed. Short, so that both happen within the run.
 */
export const REMINDER_TIMEOUT_SECONDS = 20;
/** How often the scheduler's janitor frees the tasks of replicas that died running them. */
export const SCHEDULER_JANITOR_SECONDS = 60;

export interface ReplicaConfigOptions {
  port: number;
  postgresUrl: string;
  database: string;
  /** The catalog file of the benchmark's organisation. */
  catalogFile: string;
}

/**
 * Writes the benchmark's organisation (2,000 components in 200 systems, 100 teams, 50 users) as a
 * catalog file, so that the seeded releases' components, owners and assignees exist in the catalog
 * both replicas share: reminders reach the teams' users through the notifications backend.
 */
export function writeCatalogFile(dir: string): string {
  const file = path.join(dir, 'organisation.yaml');
  fs.writeFileSync(
    file,
    catalogEntities()
      .map(({ relations: _computedByTheCatalog, ...entity }) =>
        YAML.stringify(entity),
      )
      .join('---\n'),
  );
  return file;
}

/**
 * The soak's config on top of the repo's app-config.yaml: its own port, the shared PostgreSQL
 * database (one schema per plugin, so one database per run holds everything and one DROP removes
 * it), no demo data, the guest as a release admin (it ticks and edits any release), reminders every
 * few seconds and a template with an automated item.
 */
export function replicaConfig(options: ReplicaConfigOptions) {
  const url = new URL(options.postgresUrl);
  return {
    backend: {
      baseUrl: `http://localhost:${options.port}`,
      listen: { port: options.port },
      // Longer than the 5 s idle timeout of Node's default agent, which the backend's own calls
      // to itself (the permission client's) use: with the server's 5 s default both ends close
      // idle sockets at the same moment, and a loaded replica reused a closing one (ECONNRESET,
      // a 500 to the user) in an early run of the soak.
      server: { keepAliveTimeout: '65s', headersTimeout: '66s' },
      database: {
        client: 'pg',
        pluginDivisionMode: 'schema',
        connection: {
          host: url.hostname,
          port: Number(url.port || 5432),
          user: decodeURIComponent(url.username || 'postgres'),
          ...(url.password
            ? { password: decodeURIComponent(url.password) }
            : {}),
          database: options.database,
        },
      },
    },
    catalog: {
      locations: [
        { type: 'file', target: '../../examples/entities.yaml' },
        {
          type: 'file',
          target: '../../examples/org.yaml',
          rules: [{ allow: ['User', 'Group'] }],
        },
        {
          type: 'file',
          target: options.catalogFile,
          rules: [{ allow: ['Component', 'System', 'User', 'Group'] }],
        },
      ],
    },
    releases: {
      demoData: false,
      adminGroups: ['user:default/guest'],
      reminders: {
        leadTime: { hours: 24 },
        frequency: { seconds: REMINDER_FREQUENCY_SECONDS },
        timeout: { seconds: REMINDER_TIMEOUT_SECONDS },
      },
      templates: [
        {
          id: SOAK_TEMPLATE,
          title: 'Soak',
          releaseItems: [{ title: 'Go/no-go recorded', category: 'execution' }],
          componentItems: [
            { title: 'CI passes', category: 'validation', check: SOAK_CHECK },
            { title: 'Runbook ready', category: 'execution' },
          ],
        },
      ],
    },
  };
}

export function writeReplicaConfig(
  dir: string,
  name: string,
  options: ReplicaConfigOptions,
): string {
  const file = path.join(dir, `app-config.${name}.yaml`);
  fs.writeFileSync(file, YAML.stringify(replicaConfig(options)));
  return file;
}
