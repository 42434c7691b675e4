import type {
  ActivityEntry,
  Calendar,
  CurrentDeployments,
  Deployment,
  Release,
  ReleaseMetrics,
  ReleaseSummary,
} from '@releasekit/plugin-releases-common';
import type { Server } from 'node:http';
import request from 'supertest';

/** The releases API of a test backend, read as the demo portal's pages read it. */
export class DemoPortalApi {
  constructor(private readonly server: Server) {}

  private async get<T>(path: string, query: object = {}): Promise<T> {
    const res = await request(this.server)
      .get(`/api/releases${path}`)
      .query(query);
    if (res.status !== 200) {
      throw new Error(`GET ${path} answered ${res.status}: ${res.text}`);
    }
    return res.body;
  }

  async releases(): Promise<ReleaseSummary[]> {
    const page = await this.get<{ items: ReleaseSummary[] }>('/releases', {
      limit: 200,
    });
    return page.items;
  }

  /** Every release in full, by "title version". */
  async releasesInFull(): Promise<Map<string, Release>> {
    const full = await Promise.all(
      (await this.releases()).map(r => this.get<Release>(`/releases/${r.id}`)),
    );
    return new Map(full.map(r => [`${r.title} ${r.version}`, r]));
  }

  async activity(releaseId: string): Promise<ActivityEntry[]> {
    const page = await this.get<{ items: ActivityEntry[] }>(
      `/releases/${releaseId}/activity`,
    );
    return page.items;
  }

  metrics(query: {
    from: number;
    to: number;
    entityRef?: string;
  }): Promise<ReleaseMetrics> {
    return this.get('/metrics', {
      ...query,
      from: new Date(query.from).toISOString(),
      to: new Date(query.to).toISOString(),
    });
  }

  async deployments(query: {
    entityRef: string;
    environment?: string;
  }): Promise<Deployment[]> {
    const page = await this.get<{ items: Deployment[] }>('/deployments', {
      ...query,
      limit: 200,
    });
    return page.items;
  }

  currentDeployments(entityRef: string): Promise<CurrentDeployments> {
    return this.get('/deployments/current', { entityRef });
  }

  calendar(from: number, to: number): Promise<Calendar> {
    return this.get('/calendar', {
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
    });
  }
}

/** Where the Metrics page and the Release health card start "the last six months": a month boundary, UTC. */
export function sixMonthsBefore(now: number): number {
  const date = new Date(now);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - 5, 1);
}
