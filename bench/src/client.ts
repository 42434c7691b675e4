import http from 'node:http';

export interface CallInit {
  method?: string;
  /** A JSON body. */
  body?: string;
}

/**
 * An answer as it came off the socket. Joining its chunks is left to whoever reads it, after the
 * clock has stopped: gluing 180 KB into one buffer is the client's parsing work, not the server's.
 */
export class Answer {
  constructor(readonly chunks: Buffer[]) {}

  json(): any {
    return JSON.parse(Buffer.concat(this.chunks).toString('utf8'));
  }
}

/**
 * The benchmark's HTTP client: node:http over one keep-alive connection, reading the answer to its
 * last byte. Node's `fetch` (undici) was the client before; on this machine it spent 0.5–1 ms more
 * per call of its own on a 180 KB answer (WHATWG streams around each chunk), which is the harness's
 * cost, not the plugin's, and was counted in every endpoint time.
 */
export class BenchClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  private readonly base: URL;

  constructor(baseUrl: string, private readonly authorization: string) {
    this.base = new URL(baseUrl);
  }

  /** Makes a call and returns its answer when the last byte is in; throws on a status other than 2xx. */
  call(path: string, init: CallInit = {}): Promise<Answer> {
    const method = init.method ?? 'GET';
    return new Promise((resolve, reject) => {
      const request = http.request(
        {
          agent: this.agent,
          host: this.base.hostname,
          port: this.base.port,
          path: `${this.base.pathname}${path}`,
          method,
          headers: {
            authorization: this.authorization,
            ...(init.body !== undefined
              ? {
                  'content-type': 'application/json',
                  'content-length': Buffer.byteLength(init.body),
                }
              : {}),
          },
        },
        response => {
          const chunks: Buffer[] = [];
          response.on('data', chunk => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const status = response.statusCode ?? 0;
            if (status >= 200 && status < 300) resolve(new Answer(chunks));
            else
              reject(
                new Error(
                  `${method} ${path}: ${status} ${Buffer.concat(chunks)
                    .toString('utf8')
                    .slice(0, 300)}`,
                ),
              );
          });
        },
      );
      request.on('error', reject);
      request.end(init.body);
    });
  }

  close() {
    this.agent.destroy();
  }
}
