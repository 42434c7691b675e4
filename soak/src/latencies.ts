/**
 * Per-operation samples of the soak: every answer's time and whether it counts as an error, kept
 * per replica so that the survivor's errors during the kill can be told from the killed one's.
 */
export interface Sample {
  /** When it was sent (epoch ms). */
  at: number;
  ms: number;
  /** An error: no answer, or a status the operation does not expect (a 409 of a write is expected). */
  error: boolean;
  /** In flight on the replica when it was killed: its error is the kill's, counted apart. */
  cutByKill?: boolean;
  /** What went wrong, for an error: the status and message, or the socket's error. */
  reason?: string;
}

export interface OperationFigures {
  requests: number;
  errors: number;
  /** Requests per second over the seconds the operation ran. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
}

/** The nearest-rank percentile of sorted values (0 when there are none). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function figuresOf(
  samples: Sample[],
  seconds: number,
): OperationFigures {
  // Times of answers only: a refused connection's "time" says nothing about the server.
  const sorted = samples
    .filter(s => !s.error)
    .map(s => s.ms)
    .sort((a, b) => a - b);
  return {
    requests: samples.length,
    errors: samples.filter(s => s.error && !s.cutByKill).length,
    throughput: seconds > 0 ? samples.length / seconds : 0,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

/** Samples by operation and replica. */
export class Samples {
  private readonly byKey = new Map<string, Sample[]>();

  add(operation: string, replica: string, sample: Sample) {
    const key = `${operation}\n${replica}`;
    let list = this.byKey.get(key);
    if (!list) this.byKey.set(key, (list = []));
    list.push(sample);
  }

  operations(): string[] {
    return [...new Set([...this.byKey.keys()].map(k => k.split('\n')[0]))];
  }

  /** Every sample of an operation, or only those of one replica. */
  of(operation: string, replica?: string): Sample[] {
    const out: Sample[] = [];
    for (const [key, list] of this.byKey) {
      const [op, rep] = key.split('\n');
      if (op === operation && (replica === undefined || rep === replica))
        out.push(...list);
    }
    return out;
  }

  /** Errors on a replica, but those of requests the kill cut short. */
  errorsOn(replica: string): number {
    return this.all(replica).filter(s => s.error && !s.cutByKill).length;
  }

  /** The errors of a replica (but the kill's) by reason, most frequent first. */
  errorReasons(replica: string): string[] {
    const counts = new Map<string, number>();
    for (const s of this.all(replica)) {
      if (!s.error || s.cutByKill) continue;
      const reason = s.reason ?? 'unknown';
      counts.set(reason, (counts.get(reason) ?? 0) + 1);
    }
    return [...counts]
      .sort((x, y) => y[1] - x[1])
      .map(([reason, n]) => `${n}× ${reason}`);
  }

  /** Requests the kill cut short (in flight on the killed replica). */
  cutByKill(): number {
    return this.all().filter(s => s.cutByKill).length;
  }

  all(replica?: string): Sample[] {
    const out: Sample[] = [];
    for (const [key, list] of this.byKey) {
      if (replica === undefined || key.split('\n')[1] === replica)
        out.push(...list);
    }
    return out;
  }
}
