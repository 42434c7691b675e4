import type { Samples } from './latencies';
import type { Replica } from './replica';

export interface Answer {
  /** 0 when no answer came (refused connection, reset, timeout). */
  status: number;
  body: any;
}

/**
 * The soak's own HTTP client for the writes and the cross-replica probes, which need each answer:
 * every call is timed into the samples of its operation on its replica.
 */
export class SoakClient {
  constructor(
    private readonly token: string,
    private readonly samples: Samples,
  ) {}

  async call(
    replica: Replica,
    operation: string,
    path: string,
    init: { method?: string; body?: unknown; expect?: number[] } = {},
  ): Promise<Answer> {
    const expect = init.expect ?? [200, 201];
    const started = performance.now();
    const startedAt = Date.now();
    // Chosen before the kill and sent after it, or in flight when it came: the kill's error.
    const downAtStart = !replica.up;
    let answer: Answer;
    try {
      const res = await fetch(`${replica.baseUrl}/api/releases${path}`, {
        method: init.method ?? 'GET',
        headers: {
          authorization: `Bearer ${this.token}`,
          ...(init.body !== undefined
            ? { 'content-type': 'application/json' }
            : {}),
        },
        body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
        signal: AbortSignal.timeout(30_000),
      });
      const text = await res.text();
      let body: any = text;
      try {
        body = JSON.parse(text);
      } catch {
        // ICS or an empty answer
      }
      answer = { status: res.status, body };
    } catch (error) {
      answer = { status: 0, body: String(error) };
    }
    const error = !expect.includes(answer.status);
    this.samples.add(operation, replica.name, {
      at: startedAt,
      ms: performance.now() - started,
      error,
      cutByKill: error && (downAtStart || replica.killedAt >= startedAt),
      ...(error
        ? {
            reason: `${operation}: ${answer.status || ''} ${
              answer.body?.error?.message ?? String(answer.body)
            }`.slice(0, 200),
          }
        : {}),
    });
    return answer;
  }
}

/** A guest token from a replica (`/api/auth/guest/refresh`), valid on every replica. */
export async function guestToken(replica: Replica): Promise<string> {
  const res = await fetch(`${replica.baseUrl}/api/auth/guest/refresh`);
  if (!res.ok)
    throw new Error(`guest refresh on ${replica.name}: ${res.status}`);
  const body: any = await res.json();
  return body.backstageIdentity.token;
}
