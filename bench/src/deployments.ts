/*
 * The organisation's deployment history: ten deployments per release on average (1,000,000 at
 * 100,000 releases), made from the releases as they are generated. Each release's components go to
 * staging (one to four release candidates) and then to production (now and then after a failed
 * first attempt), as far as the release's status says they got; the rest of the ten are deployments that no release claimed (hotfixes, configuration
 * changes, the restore of a rolled-back version), mostly of the busy components. The 50-component
 * release is under way: some components are out, some deploying, some only in staging, some pending.
 *
 * A generator of its own (not the organisation's) draws these, so the releases, items and outcomes
 * stay what they were before deployments were seeded.
 */
import {
  COMPONENTS,
  FUTURE_DAYS,
  HOT_COMPONENTS,
  HOT_SHARE,
  type OrganisationRows,
  ownerOfComponent,
  random,
  RELEASES_PER_DAY,
  teamRef,
  userRef,
  USERS,
  uuid,
  componentRef,
} from './organisation';

/** Deployments per release, on average: those of the release and those no release claimed. */
export const DEPLOYMENTS_PER_RELEASE = 10;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Row = Record<string, unknown>;

interface ReleaseFacts {
  id: string;
  status: string;
  version: string;
  windowStart: number;
  windowEnd: number;
  components: string[];
}

const componentIndex = (ref: string) => Number(ref.slice(-4));

export class DeploymentHistory {
  private readonly rand: () => number;
  private readonly historyFrom: number;
  private runs = 0;
  /** Releases and deployments produced so far: unclaimed ones make up the ten per release. */
  private releases = 0;
  private produced = 0;
  /** The version last sent to production per component: what a rollback restores. */
  private readonly inProduction = new Map<string, string>();

  constructor(size: number, private readonly now: number) {
    this.rand = random(20261202 + size);
    const historyDays = Math.max(0, size / RELEASES_PER_DAY - FUTURE_DAYS);
    this.historyFrom = now - Math.max(historyDays, 7) * DAY;
  }

  /** The deployments of a chunk of the organisation's releases. */
  rowsOf(chunk: OrganisationRows): Row[] {
    const componentsOf = new Map<string, string[]>();
    for (const c of chunk.components) {
      const id = c.release_id as string;
      if (!componentsOf.has(id)) componentsOf.set(id, []);
      componentsOf.get(id)!.push(c.entity_ref as string);
    }
    const rows: Row[] = [];
    for (const r of chunk.releases) {
      const release: ReleaseFacts = {
        id: r.id as string,
        status: r.status as string,
        version: r.version as string,
        windowStart: r.window_start as number,
        windowEnd: r.window_end as number,
        components: componentsOf.get(r.id as string) ?? [],
      };
      const before = rows.length;
      if (release.components.length === 50) this.underWay(release, rows);
      else this.ofRelease(release, rows);
      this.releases += 1;
      this.produced += rows.length - before;
      // A busy release's surplus is made up by the releases after it.
      while (this.produced < this.releases * DEPLOYMENTS_PER_RELEASE) {
        this.unclaimed(rows);
        this.produced += 1;
      }
    }
    return rows;
  }

  private deployment(
    entityRef: string,
    fields: {
      version: string;
      environment: 'staging' | 'production';
      status: 'started' | 'succeeded' | 'failed' | 'rolled_back';
      at: number;
      releaseId: string | null;
    },
  ): Row {
    const r = this.rand;
    const startedAt = Math.min(fields.at, this.now - HOUR);
    const finishedAt =
      fields.status === 'started'
        ? null
        : startedAt + (3 + Math.floor(r() * 20)) * MINUTE;
    this.runs += 1;
    return {
      id: uuid(r),
      entity_ref: entityRef,
      owner_ref: teamRef(ownerOfComponent(componentIndex(entityRef))),
      version: fields.version,
      environment: fields.environment,
      status: fields.status,
      url: `https://ci.example.com/runs/${this.runs}`,
      commit: Math.floor(r() * 2 ** 32)
        .toString(16)
        .padStart(8, '0'),
      started_at: startedAt,
      finished_at: finishedAt,
      reported_by:
        r() < 0.9 ? 'github-actions' : userRef(Math.floor(r() * USERS)),
      release_id: fields.releaseId,
      updated_at: finishedAt ?? startedAt,
    };
  }

  /**
   * One to four release candidates of the version in staging, an hour apart: the earlier ones failed
   * or were superseded, the last ends as given.
   */
  private staging(
    ref: string,
    release: ReleaseFacts,
    last: 'succeeded' | 'failed',
    rows: Row[],
  ) {
    const r = this.rand;
    const tries = 1 + Math.floor(r() * 4);
    const from = release.windowStart - Math.floor((2 + r() * 46) * HOUR);
    for (let t = 1; t <= tries; t++) {
      rows.push(
        this.deployment(ref, {
          version: `${release.version}-rc.${t}`,
          environment: 'staging',
          status: t < tries ? (r() < 0.4 ? 'failed' : 'succeeded') : last,
          at: from + (t - 1) * HOUR,
          releaseId: release.id,
        }),
      );
    }
  }

  private production(
    ref: string,
    release: ReleaseFacts,
    status: 'started' | 'succeeded' | 'rolled_back',
    rows: Row[],
  ) {
    const span = Math.max(HOUR, release.windowEnd - release.windowStart);
    if (status === 'succeeded' && this.rand() < 0.1) {
      // A failed first attempt, retried within the window.
      rows.push(
        this.deployment(ref, {
          version: release.version,
          environment: 'production',
          status: 'failed',
          at: release.windowStart,
          releaseId: release.id,
        }),
      );
    }
    rows.push(
      this.deployment(ref, {
        version: release.version,
        environment: 'production',
        status,
        at: release.windowStart + Math.floor(this.rand() * span),
        releaseId: release.id,
      }),
    );
  }

  /** As far as the release's status says its components got. */
  private ofRelease(release: ReleaseFacts, rows: Row[]) {
    const r = this.rand;
    const { status } = release;
    const past = release.windowEnd <= this.now;
    for (const ref of release.components) {
      if (status === 'released' || status === 'rolled_back') {
        this.staging(ref, release, 'succeeded', rows);
        this.production(
          ref,
          release,
          status === 'released' ? 'succeeded' : 'rolled_back',
          rows,
        );
        if (status === 'rolled_back') {
          // The version that ran before comes back; no release claims the restore.
          rows.push(
            this.deployment(ref, {
              version: this.inProduction.get(ref) ?? '0.9.0',
              environment: 'production',
              status: 'succeeded',
              at: release.windowEnd + HOUR,
              releaseId: null,
            }),
          );
        } else {
          this.inProduction.set(ref, release.version);
        }
      } else if (status === 'in_progress') {
        this.staging(ref, release, 'succeeded', rows);
        const roll = r();
        if (roll < 0.4) this.production(ref, release, 'succeeded', rows);
        else if (roll < 0.7) this.production(ref, release, 'started', rows);
      } else if (status === 'cancelled' && past) {
        this.staging(ref, release, r() < 0.5 ? 'failed' : 'succeeded', rows);
      } else if (status === 'planned' && past) {
        this.staging(ref, release, 'succeeded', rows);
      }
      // Drafts and releases ahead have deployed nothing yet.
    }
  }

  /** The 50-component release: 20 out, 10 deploying to production, 10 in staging, 10 pending. */
  private underWay(release: ReleaseFacts, rows: Row[]) {
    release.components.forEach((ref, k) => {
      const at = this.now - (60 - k) * HOUR;
      const deploy = (
        environment: 'staging' | 'production',
        status: 'started' | 'succeeded',
        offset: number,
      ) =>
        rows.push(
          this.deployment(ref, {
            version: release.version,
            environment,
            status,
            at: at + offset,
            releaseId: release.id,
          }),
        );
      if (k < 30) deploy('staging', 'succeeded', 0);
      if (k < 20) deploy('production', 'succeeded', 30 * MINUTE);
      else if (k < 30) deploy('production', 'started', 30 * MINUTE);
      else if (k < 40) deploy('staging', 'succeeded', 0);
    });
  }

  /** A deployment no release claimed: a hotfix or a configuration change, mostly of a busy component. */
  private unclaimed(rows: Row[]) {
    const r = this.rand;
    const c =
      r() < HOT_SHARE
        ? Math.floor(r() * HOT_COMPONENTS)
        : Math.floor(r() * COMPONENTS);
    rows.push(
      this.deployment(componentRef(c), {
        version: `${1 + Math.floor(r() * 9)}.${Math.floor(
          r() * 40,
        )}.${Math.floor(r() * 20)}`,
        environment: r() < 0.5 ? 'staging' : 'production',
        status: r() < 0.9 ? 'succeeded' : 'failed',
        at: this.historyFrom + Math.floor(r() * (this.now - this.historyFrom)),
        releaseId: null,
      }),
    );
  }
}
