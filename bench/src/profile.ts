import fs from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';
import type { Operation } from './measure';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  calls: number;
  /** Wall-clock milliseconds per call while profiling (slower than unprofiled). */
  msPerCall: number;
  /** CPU milliseconds per call, by where the code lives. */
  byArea: Array<{ area: string; ms: number }>;
  /** Functions of the plugin's own packages by inclusive time per call. */
  pluginFunctions: Array<{ name: string; ms: number }>;
}

function post<T>(session: Session, method: string, params?: object) {
  return new Promise<T>((resolve, reject) =>
    session.post(method, params ?? {}, (error, result) =>
      error ? reject(error) : resolve(result as T),
    ),
  );
}

/** Where a frame's code lives: a package, the plugin's own code, or the runtime. */
function areaOf(url: string, functionName: string): string {
  if (!url) {
    // Native code: better-sqlite3's statements, JSON, Date parsing; named by the function.
    return functionName.startsWith('(')
      ? functionName
      : `(native ${functionName || 'anonymous'})`;
  }
  const plugin = /\/plugins\/([^/]+)\//.exec(url);
  if (plugin && !url.includes('node_modules')) {
    return `@releasekit/plugin-${plugin[1]}`;
  }
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/g;
  let last: RegExpExecArray | null = null;
  for (let m = pkg.exec(url); m; m = pkg.exec(url)) last = m;
  if (last) return last[1];
  if (url.startsWith('node:')) return 'node internals';
  if (url.includes('/bench/')) return 'benchmark client';
  return url;
}

/**
 * Profiles `calls` endpoint calls of an operation with V8's sampling profiler, in-process, and
 * summarises the CPU time by package and by the plugin's own functions. Runs after the timed
 * samples, so it never slows them down.
 */
export async function profileOperation(
  op: Operation,
  calls: number,
  firstCall: number,
  /** Where to keep the raw profile (opens in Chrome DevTools' Performance panel). */
  file?: string,
): Promise<ProfileSummary> {
  const session = new Session();
  session.connect();
  try {
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.setSamplingInterval', { interval: 200 });
    await post(session, 'Profiler.start');
    const started = performance.now();
    for (let i = 0; i < calls; i++) await op.endpoint(firstCall + i);
    const elapsed = performance.now() - started;
    const { profile } = await post<{ profile: CpuProfile }>(
      session,
      'Profiler.stop',
    );
    if (file) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(profile));
    }

    const self = new Map<number, number>();
    // The first delta runs from Profiler.start to the first sample: the profiler's own start-up.
    for (let i = 1; i < profile.samples.length; i++) {
      const id = profile.samples[i];
      self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    }
    const byId = new Map(profile.nodes.map(n => [n.id, n]));
    const inclusive = new Map<number, number>();
    const total = (id: number): number => {
      const cached = inclusive.get(id);
      if (cached !== undefined) return cached;
      const node = byId.get(id)!;
      const sum =
        (self.get(id) ?? 0) +
        (node.children ?? []).reduce((s, child) => s + total(child), 0);
      inclusive.set(id, sum);
      return sum;
    };

    const areas = new Map<string, number>();
    const functions = new Map<string, number>();
    const visit = (id: number, onStack: Set<string>) => {
      const node = byId.get(id)!;
      const { functionName, url, lineNumber } = node.callFrame;
      const area = areaOf(url, functionName);
      areas.set(area, (areas.get(area) ?? 0) + (self.get(id) ?? 0));
      const key = area.startsWith('@releasekit/')
        ? `${functionName || '(anonymous)'} (${url.replace(
            /^.*\/plugins\//,
            '',
          )}:${lineNumber + 1})`
        : undefined;
      // Inclusive time counted once per stack, so recursion is not counted twice.
      const counted = key !== undefined && !onStack.has(key);
      if (counted) functions.set(key!, (functions.get(key!) ?? 0) + total(id));
      const next = counted ? new Set(onStack).add(key!) : onStack;
      for (const child of node.children ?? []) visit(child, next);
    };
    visit(profile.nodes[0].id, new Set());

    const perCall = (m: Map<string, number>, top: number) =>
      [...m.entries()]
        .filter(([name]) => name !== '(idle)')
        .map(([name, ms]) => ({ name, ms: ms / calls }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, top);
    return {
      calls,
      msPerCall: elapsed / calls,
      byArea: perCall(areas, 8).map(({ name, ms }) => ({ area: name, ms })),
      pluginFunctions: perCall(functions, 6),
    };
  } finally {
    await post(session, 'Profiler.disable').catch(() => {});
    session.disconnect();
  }
}
