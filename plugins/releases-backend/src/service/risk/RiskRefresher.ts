import type { LoggerService } from '@backstage/backend-plugin-api';

/**
 * Refreshes the risk of releases after they change, in the background: the write that changed them
 * does not wait (ticks stay fast). Ids queued while a refresh runs are gathered into the next one,
 * one refresh at a time in this process; a failure is logged, and the scheduled refresh catches up.
 */
export class RiskRefresher {
  private readonly pending = new Set<string>();
  private running: Promise<void> | undefined;
  private refresh: ((releaseIds: string[]) => Promise<unknown>) | undefined;
  private stopped = false;
  private paused = false;

  private readonly gatherMs: number;

  /**
   * `gatherMs` (default 50): how long a refresh waits after the first id is queued, so that the
   * write which queued it has answered and the writes of the same burst (a pipeline reporting
   * several checks) are refreshed together; 0 waits only for the current turn of the event loop.
   */
  constructor(
    private readonly logger: LoggerService,
    options: { gatherMs?: number } = {},
  ) {
    this.gatherMs = options.gatherMs ?? 50;
  }

  /** Begins refreshing with this function, starting with the ids queued until now. */
  start(refresh: (releaseIds: string[]) => Promise<unknown>): void {
    this.refresh = refresh;
    this.kick();
  }

  /** Queues releases for a refresh; returns at once. */
  queue(releaseIds: Iterable<string>): void {
    if (this.stopped) return;
    for (const id of releaseIds) this.pending.add(id);
    this.kick();
  }

  /** Resolves once nothing is queued or running (for tests, and for shutting down). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /**
   * Holds refreshes back (ids keep being queued) until the returned function is called, once the
   * refresh under way has finished; for tests that count what a request does by itself.
   */
  async pause(): Promise<() => void> {
    this.paused = true;
    await this.idle();
    return () => {
      this.paused = false;
      this.kick();
    };
  }

  /** Drops what is queued and waits for the refresh under way, before the database closes. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.pending.clear();
    await this.idle();
  }

  private kick(): void {
    if (this.running || this.paused || !this.refresh || !this.pending.size)
      return;
    this.running = this.drain().finally(() => {
      this.running = undefined;
      // Ids queued after the last round looked, while it was finishing.
      this.kick();
    });
  }

  private async drain(): Promise<void> {
    // Let the write that queued the ids answer first, and gather the ids of writes of the same burst.
    await new Promise(resolve =>
      this.gatherMs > 0
        ? setTimeout(resolve, this.gatherMs)
        : setImmediate(resolve),
    );
    while (this.pending.size > 0 && !this.stopped && !this.paused) {
      const ids = [...this.pending];
      this.pending.clear();
      try {
        await this.refresh!(ids);
      } catch (error) {
        this.logger.error(
          `Could not refresh the risk of release(s) ${ids.join(
            ', ',
          )}: ${error}`,
        );
      }
    }
  }
}
