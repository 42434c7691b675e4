import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface BundleSize {
  ok: true;
  buildSeconds: number;
  files: number;
  totalBytes: number;
  jsFiles: number;
  jsBytes: number;
  /** Each JavaScript file gzipped on its own, summed. */
  jsGzipBytes: number;
  mainEntry: string;
  mainBytes: number;
  mainGzipBytes: number;
  /** The main entry and every module it imports statically (relative imports inside dist). */
  mainClosureFiles: number;
  mainClosureBytes: number;
  mainClosureGzipBytes: number;
  /** The same for the new-frontend-system entry (`./alpha`), when the package has one. */
  alpha?: { entry: string; files: number; bytes: number; gzipBytes: number };
}

export type BundleResult = BundleSize | { ok: false; error: string };

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

const gzip = (file: string) =>
  zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** The files a module loads statically, following relative imports (`import … from './x.esm.js'`). */
function closure(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !fs.existsSync(file)) continue;
    seen.add(file);
    const source = fs.readFileSync(file, 'utf8');
    for (const match of source.matchAll(
      /(?:^|[;\n}])\s*(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|^\s*import\s*['"](\.[^'"]+)['"]/gm,
    )) {
      queue.push(path.resolve(path.dirname(file), match[1] ?? match[2]));
    }
  }
  return [...seen];
}

/** Runs a yarn command; the reason it failed, or undefined. */
function yarn(args: string[], cwd: string, repoRoot: string) {
  const run = spawnSync(path.join(repoRoot, 'scripts', 'yarn.sh'), args, {
    cwd,
    encoding: 'utf8',
    timeout: 9 * 60_000,
  });
  if (run.status === 0) return undefined;
  const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}`.trim();
  return `${args.join(' ')} exited with ${
    run.status ?? run.signal ?? run.error?.message
  }:\n${output.split('\n').slice(-20).join('\n')}`;
}

/**
 * Builds the frontend plugin as it is published (`backstage-cli package build`, dependencies left
 * external) and measures dist/.
 */
export function measureBundle(repoRoot: string): BundleResult {
  const pluginDir = path.join(repoRoot, 'plugins', 'releases');
  const started = performance.now();
  // The build packages the type declarations that the repository's tsc writes to dist-types/; a
  // fresh clone has none yet (incremental, so quick when they are up to date).
  const error =
    yarn(['tsc'], repoRoot, repoRoot) ??
    yarn(['backstage-cli', 'package', 'build'], pluginDir, repoRoot);
  const buildSeconds = (performance.now() - started) / 1000;
  if (error) return { ok: false, error };

  const dist = path.join(pluginDir, 'dist');
  const files = walk(dist);
  const js = files.filter(f => /\.(m?js|cjs)$/.test(f));
  const pkg = JSON.parse(
    fs.readFileSync(path.join(pluginDir, 'package.json'), 'utf8'),
  );
  const mainEntry = path.join(
    pluginDir,
    pkg.publishConfig?.module ?? pkg.publishConfig?.main ?? 'dist/index.esm.js',
  );
  const reachable = closure(mainEntry);
  const alphaEntry = path.join(dist, 'alpha.esm.js');
  const alphaReachable = fs.existsSync(alphaEntry) ? closure(alphaEntry) : [];
  const size = (file: string) => fs.statSync(file).size;
  const sum = (list: string[], f: (file: string) => number) =>
    list.reduce((total, file) => total + f(file), 0);
  return {
    ok: true,
    buildSeconds,
    files: files.length,
    totalBytes: sum(files, size),
    jsFiles: js.length,
    jsBytes: sum(js, size),
    jsGzipBytes: sum(js, gzip),
    mainEntry: path.relative(pluginDir, mainEntry),
    mainBytes: size(mainEntry),
    mainGzipBytes: gzip(mainEntry),
    mainClosureFiles: reachable.length,
    mainClosureBytes: sum(reachable, size),
    mainClosureGzipBytes: sum(reachable, gzip),
    alpha: alphaReachable.length
      ? {
          entry: path.relative(pluginDir, alphaEntry),
          files: alphaReachable.length,
          bytes: sum(alphaReachable, size),
          gzipBytes: sum(alphaReachable, gzip),
        }
      : undefined,
  };
}
