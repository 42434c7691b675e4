#!/usr/bin/env node
/*
 * Makes sure the PostgreSQL and MySQL/MariaDB servers the database tests use are reachable, and
 * creates the MySQL test user (Backstage's TestDatabases needs a user with a password). Fails with a
 * message that says what to do, rather than letting the tests fall back to SQLite alone.
 *
 * Override the servers with BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING and
 * BACKSTAGE_TEST_DATABASE_MYSQL8_CONNECTION_STRING; the user is only created for the default.
 */
const { Client } = require('pg');
const mysql = require('mysql2/promise');

const PG = process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
const MYSQL = process.env.BACKSTAGE_TEST_DATABASE_MYSQL8_CONNECTION_STRING;

function fail(what, error) {
  console.error(`\n✘ ${what} is not reachable: ${error.message}`);
  console.error(
    '  The database tests run on SQLite, PostgreSQL and MySQL. Start the server, or point the tests at\n' +
      '  one with BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING / BACKSTAGE_TEST_DATABASE_MYSQL8_CONNECTION_STRING.\n',
  );
  process.exit(1);
}

async function checkPostgres() {
  const client = new Client({
    connectionString: PG ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
    connectionTimeoutMillis: 5000,
  });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    fail(`PostgreSQL (${PG ?? '127.0.0.1:5432'})`, error);
  } finally {
    await client.end().catch(() => {});
  }
}

async function checkMysql() {
  if (MYSQL) {
    try {
      const connection = await mysql.createConnection({ uri: MYSQL, connectTimeout: 5000 });
      await connection.end();
    } catch (error) {
      fail(`MySQL (${MYSQL})`, error);
    }
    return;
  }
  let connection;
  try {
    connection = await mysql.createConnection({
      host: '127.0.0.1',
      port: 3306,
      user: 'root',
      password: '',
      connectTimeout: 5000,
    });
    for (const host of ['%', 'localhost']) {
      await connection.query(
        `CREATE USER IF NOT EXISTS 'releases'@'${host}' IDENTIFIED BY 'releases'`,
      );
      await connection.query(
        `GRANT ALL PRIVILEGES ON *.* TO 'releases'@'${host}' WITH GRANT OPTION`,
      );
    }
  } catch (error) {
    fail('MySQL/MariaDB (root@127.0.0.1:3306)', error);
  } finally {
    await connection?.end().catch(() => {});
  }
}

Promise.all([checkPostgres(), checkMysql()]).then(() =>
  console.log('Test databases: PostgreSQL and MySQL reachable.'),
);
