import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const BACKEND_DIR = path.join(ROOT, 'packages/backend');
/** The node transform the `bench` and `soak` root scripts run under, as `backstage-cli package start` does. */
const TRANSFORM = require.resolve('@backstage/cli/config/nodeTransform.cjs');

/**
 * One replica of the demo backend: packages/backend run from source in its own node process (the
 * process `backstage-cli package start` forks, without the CLI's file watcher around it), with the
 * repo's app-config.yaml and the soak's config file on top. Both replicas run the same checkout.
 */
export class Replica {
  private child?: ChildProcess;
  private starts = 0;
  /** When it was last killed (epoch ms); requests in flight then died with it. */
  killedAt = 0;
  /** Whether requests may be sent to it. */
  up = false;
  readonly logs: string[] = [];

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly configFile: string,
    private readonly workDir: string,
  ) {}

  get baseUrl() {
    return `http://localhost:${this.port}`;
  }

  get pid() {
    return this.child?.pid;
  }

  /** Starts it and resolves with the milliseconds it took to answer its readiness check. */
  async start(timeoutMs = 240_000): Promise<number> {
    this.starts += 1;
    const logFile = path.join(this.workDir, `${this.name}-${this.starts}.log`);
    this.logs.push(logFile);
    const out = fs.openSync(logFile, 'w');
    const started = Date.now();
    const child = spawn(
      process.execPath,
      [
        '--enable-source-maps',
        '--require',
        TRANSFORM,
        'src/index.ts',
        '--config',
        path.join(ROOT, 'app-config.yaml'),
        '--config',
        this.configFile,
      ],
      {
        cwd: BACKEND_DIR,
        stdio: ['ignore', out, out],
        env: {
          ...process.env,
          NODE_ENV: 'development',
          ESBK_TSCONFIG_PATH: path.join(ROOT, 'tsconfig.json'),
        },
      },
    );
    fs.closeSync(out);
    this.child = child;
    let exited = false;
    child.once('exit', () => {
      exited = true;
      this.up = false;
    });
    while (Date.now() - started < timeoutMs) {
      if (exited) {
        throw new Error(
          `replica ${this.name} exited before it was ready; see ${logFile}`,
        );
      }
      try {
        const res = await fetch(
          `${this.baseUrl}/.backstage/health/v1/readiness`,
        );
        if (res.status === 200) {
          this.up = true;
          return Date.now() - started;
        }
      } catch {
        // not listening yet
      }
      await new Promise(r => setTimeout(r, 250));
    }
    throw new Error(`replica ${this.name} not ready after ${timeoutMs} ms`);
  }

  /** SIGKILL: no shutdown hook runs, open transactions die with the connection. */
  kill() {
    this.up = false;
    this.killedAt = Date.now();
    this.child?.kill('SIGKILL');
  }

  /** SIGTERM, then SIGKILL after 10 s. */
  async stop() {
    this.up = false;
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise(r => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  /** Bytes logged by its current start. */
  logLength(): number {
    const file = this.logs[this.logs.length - 1];
    return file && fs.existsSync(file) ? fs.statSync(file).size : 0;
  }

  /** What its current start logged from byte `offset` on. */
  logFrom(offset: number): string {
    const file = this.logs[this.logs.length - 1];
    const length = this.logLength();
    if (!file || length <= offset) return '';
    const buffer = Buffer.alloc(length - offset);
    const fd = fs.openSync(file, 'r');
    try {
      fs.readSync(fd, buffer, 0, buffer.length, offset);
    } finally {
      fs.closeSync(fd);
    }
    return buffer.toString('utf8');
  }

  /** Everything it logged, over all its starts, without colours. */
  logText(): string {
    return (
      this.logs
        .map(f => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : ''))
        .join('\n')
        // The development log format's colours (ESC [ … m).
        // eslint-disable-next-line no-control-regex
        .replace(/\x1b\[[0-9;]*m/g, '')
    );
  }
}

/** A free TCP port on localhost. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
