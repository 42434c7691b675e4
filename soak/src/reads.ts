import autocannon from 'autocannon';
import type { Samples } from './latencies';
import type { Replica } from './replica';

/** What the read load picks its paths from. */
export interface ReadTargets {
  releaseIds: string[];
  componentRefs: string[];
  now: number;
}

const pick = <T>(list: readonly T[]): T =>
  list[Math.floor(Math.random() * list.length)];
const DAY = 86_400_000;

/** The read operations of the mix: what a portal's pages ask for, each path drawn per request. */
export const READS: Record<string, (t: ReadTargets) => string> = {
  // A month of the org-wide calendar, from two months back to two ahead.
  calendar: t => {
    const from = new Date(t.now + Math.floor(Math.random() * 5 - 2) * 30 * DAY);
    from.setUTCDate(1);
    from.setUTCHours(0, 0, 0, 0);
    const to = new Date(from);
    to.setUTCMonth(to.getUTCMonth() + 1);
    return `/calendar?from=${from.toISOString()}&to=${to.toISOString()}`;
  },
  // A service's Releases tab.
  'entity list': t =>
    `/releases?entityRef=${encodeURIComponent(pick(t.componentRefs))}&limit=20`,
  // A release page.
  release: t => `/releases/${pick(t.releaseIds)}`,
  // What is deployed where, on a service's page.
  'current deployments': t =>
    `/deployments/current?entityRef=${encodeURIComponent(
      pick(t.componentRefs),
    )}`,
};

/**
 * The read load on one replica: one autocannon instance per read operation (one connection each,
 * a closed loop), every answer's time recorded per operation. Runs until stopped.
 */
export class ReadLoad {
  private readonly instances: autocannon.Instance[] = [];
  private readonly finished: Promise<unknown>[] = [];

  constructor(
    private readonly replica: Replica,
    private readonly token: string,
    private readonly targets: ReadTargets,
    private readonly samples: Samples,
  ) {}

  start() {
    for (const [operation, pathOf] of Object.entries(READS)) {
      let finished: () => void = () => {};
      this.finished.push(new Promise<void>(resolve => (finished = resolve)));
      const instance = autocannon(
        {
          url: `${this.replica.baseUrl}/api/releases`,
          connections: 1,
          duration: 3600,
          timeout: 30,
          headers: { authorization: `Bearer ${this.token}` },
          requests: [
            {
              setupRequest: req => ({
                ...req,
                path: `/api/releases${pathOf(this.targets)}`,
              }),
            },
          ],
          skipAggregateResult: true,
        },
        () => finished(),
      );
      instance.on('response', (_client, statusCode, _bytes, responseTime) => {
        this.samples.add(operation, this.replica.name, {
          at: Date.now() - responseTime,
          ms: responseTime,
          error: statusCode !== 200,
          ...(statusCode !== 200
            ? { reason: `${operation}: ${statusCode}` }
            : {}),
        });
      });
      instance.on('reqError', (error: Error) => {
        this.samples.add(operation, this.replica.name, {
          at: Date.now(),
          ms: 0,
          error: true,
          cutByKill: !this.replica.up,
          reason: `${operation}: ${error?.message ?? error}`,
        });
      });
      this.instances.push(instance);
    }
  }

  async stop() {
    for (const instance of this.instances) instance.stop();
    await Promise.all(this.finished);
  }
}
