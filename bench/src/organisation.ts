/*
 * A synthetic organisation: 2,000 components in 200 systems owned by 100 teams that ship about nine
 * releases a day (some 270 a month, about 300 windows overlapping a month), planned up to three months
 * ahead. The sizes differ in how much history the database holds: 1,000 releases are the last weeks,
 * 10,000 about three years, 100,000 some thirty. That is how a release database grows (by
 * accumulating the past, at the pace of the organisation) and it keeps a calendar month the same size
 * at every size, so that growth figures show what the size of the tables alone costs. Everything is
 * drawn from a seeded generator, so a size gives the same organisation on SQLite and on PostgreSQL
 * and from one run to the next (relative to the run's "now").
 *
 * Rows are produced in chunks so that 100,000 releases (2 million checklist items) never sit in
 * memory at once.
 */

export const COMPONENTS = 2000;
export const TEAMS = 100;
export const SYSTEMS = 200;
export const USERS = 50;
/** Components that are in far more releases than the others (shared libraries, gateways). */
export const HOT_COMPONENTS = 100;
export const HOT_SHARE = 0.2;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Releases the organisation ships a day, whatever the size of its history. */
export const RELEASES_PER_DAY = 9;
/** How far ahead releases are planned. */
export const FUTURE_DAYS = 90;
/** Freezes (month-end, holidays, a weekly rule) are declared over the last two years. */
const FREEZE_HISTORY_DAYS = 730;

/** The built-in "default" template of the plugin (src/service/templates.ts), as seeded rows carry it. */
const RELEASE_ITEMS: Array<[string, string, boolean]> = [
  ['planning', 'Goals, scope and version agreed', true],
  ['planning', 'Risks assessed and mitigations recorded', true],
  ['planning', 'Release window confirmed with stakeholders', true],
  ['communication', 'Stakeholders and support told of the window', true],
  ['communication', 'Release notes drafted', true],
  ['execution', 'Go/no-go decision recorded', true],
  ['execution', 'Rollback plan reviewed', true],
  ['follow_up', 'Post-release monitoring owner named', true],
  ['follow_up', 'Retrospective scheduled', false],
];
const COMPONENT_ITEMS: Array<[string, string, boolean]> = [
  [
    'coordination',
    'Dependencies and consumers checked for breaking changes',
    true,
  ],
  ['validation', 'Automated tests pass on the release candidate', true],
  ['validation', 'Deployed and verified in staging', true],
  ['validation', 'Security and compliance checks passed', true],
  ['validation', 'Database migrations reviewed and reversible', false],
  ['execution', 'Deployment runbook and rollback steps ready', true],
  ['execution', 'Feature flags configured', false],
  ['communication', 'Changelog entry written', false],
  ['follow_up', 'Dashboards and alerts cover the change', true],
];
/**
 * Component items per release by number of components, so that a release has about 20 items
 * (18, 21, 21); the one release of 50 components has the full template (9 + 50 × 9 = 459 items).
 */
const ITEMS_PER_COMPONENT: Record<number, number> = { 1: 9, 2: 6, 3: 4 };

export const componentRef = (i: number) =>
  `component:default/svc-${String(i).padStart(4, '0')}`;
export const componentName = (i: number) => `svc-${String(i).padStart(4, '0')}`;
export const teamName = (i: number) => `team-${String(i).padStart(3, '0')}`;
export const teamRef = (i: number) => `group:default/${teamName(i)}`;
export const systemName = (i: number) => `system-${String(i).padStart(3, '0')}`;
export const systemRef = (i: number) => `system:default/${systemName(i)}`;
export const userRef = (i: number) => `user:default/user-${i}`;
/** The component of each component index's owner and system. */
export const ownerOfComponent = (i: number) => i % TEAMS;
export const systemOfComponent = (i: number) => Math.floor(i / 10);

/** The component whose release list is measured: one of the frequently released ones. */
export const MEASURED_ENTITY = componentRef(7);

/** mulberry32: small, fast and good enough for synthetic data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function uuid(rand: () => number): string {
  const hex: string[] = [];
  for (let i = 0; i < 16; i++) {
    let byte = Math.floor(rand() * 256);
    if (i === 6) byte = (byte & 0x0f) | 0x40;
    if (i === 8) byte = (byte & 0x3f) | 0x80;
    hex.push(byte.toString(16).padStart(2, '0'));
  }
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(
    16,
    20,
  )}-${h.slice(20)}`;
}

export interface OrganisationRows {
  releases: Record<string, unknown>[];
  components: Record<string, unknown>[];
  items: Record<string, unknown>[];
  activity: Record<string, unknown>[];
  decisions: Record<string, unknown>[];
  outcomes: Record<string, unknown>[];
  actionItems: Record<string, unknown>[];
}

/** What the benchmark needs to find again in the seeded data. */
export interface Landmarks {
  now: number;
  /** The release of exactly 50 components. */
  bigReleaseId: string;
  /** A planned release of two components, whose items are ticked. */
  tickReleaseId: string;
  /** The item the endpoint ticks and the one the raw SQL ticks (two items, so they do not interfere). */
  tickItemId: string;
  rawTickItemId: string;
}

const pick = <T>(rand: () => number, list: readonly T[]): T =>
  list[Math.floor(rand() * list.length)];

export class Organisation {
  readonly now: number;
  private readonly rand: () => number;
  private readonly windowFrom: number;
  private readonly windowSpan: number;
  private produced = 0;
  private landmarks: Partial<Landmarks> = {};

  constructor(readonly size: number, now: number) {
    this.now = now;
    this.rand = random(20261128 + size);
    const historyDays = Math.max(0, size / RELEASES_PER_DAY - FUTURE_DAYS);
    this.windowFrom = now - historyDays * DAY;
    this.windowSpan = (historyDays + FUTURE_DAYS) * DAY;
  }

  get done(): boolean {
    return this.produced >= this.size;
  }

  result(): Landmarks {
    const l = this.landmarks;
    if (
      !l.bigReleaseId ||
      !l.tickReleaseId ||
      !l.tickItemId ||
      !l.rawTickItemId
    ) {
      throw new Error('The organisation has not been fully produced');
    }
    return { ...(l as Landmarks), now: this.now };
  }

  /** The rows of the next `count` releases. */
  next(count: number): OrganisationRows {
    const rows: OrganisationRows = {
      releases: [],
      components: [],
      items: [],
      activity: [],
      decisions: [],
      outcomes: [],
      actionItems: [],
    };
    const end = Math.min(this.size, this.produced + count);
    for (let i = this.produced; i < end; i++) {
      this.release(i, rows);
    }
    this.produced = end;
    return rows;
  }

  private componentsFor(index: number): number[] {
    const r = this.rand;
    if (index === Math.floor(this.size / 2)) {
      // The one release of 50 components: a platform-wide release across 50 distinct services.
      const start = Math.floor(r() * (COMPONENTS - 50));
      return Array.from({ length: 50 }, (_, k) => start + k);
    }
    const roll = r();
    const n = roll < 0.4 ? 1 : roll < 0.75 ? 2 : 3;
    const chosen = new Set<number>();
    while (chosen.size < n) {
      chosen.add(
        r() < HOT_SHARE
          ? Math.floor(r() * HOT_COMPONENTS)
          : Math.floor(r() * COMPONENTS),
      );
    }
    return [...chosen];
  }

  private release(index: number, rows: OrganisationRows) {
    const r = this.rand;
    const now = this.now;
    const id = uuid(r);
    const isBig = index === Math.floor(this.size / 2);
    const isTick = index === Math.floor(this.size / 3);
    const components = this.componentsFor(index);

    let windowStart =
      Math.floor((this.windowFrom + r() * this.windowSpan) / HOUR) * HOUR;
    let windowEnd = windowStart + (1 + Math.floor(r() * 72)) * HOUR;
    if (isBig || isTick) {
      // Ahead of now, so that both can be changed (closed releases cannot).
      windowStart = Math.floor((now + (20 + r() * 40) * DAY) / HOUR) * HOUR;
      windowEnd = windowStart + 6 * HOUR;
    }

    let status: string;
    const roll = r();
    if (isBig || isTick) status = 'planned';
    else if (windowEnd <= now) {
      status =
        roll < 0.7
          ? 'released'
          : roll < 0.75
          ? 'rolled_back'
          : roll < 0.9
          ? 'cancelled'
          : roll < 0.95
          ? 'in_progress'
          : 'planned';
    } else if (windowStart <= now) {
      status = roll < 0.8 ? 'in_progress' : 'planned';
    } else {
      status = roll < 0.3 ? 'draft' : roll < 0.9 ? 'planned' : 'cancelled';
    }

    const team = Math.floor(r() * TEAMS);
    const owner = teamRef(team);
    const author = userRef(Math.floor(r() * USERS));
    const createdAt = windowStart - (10 + Math.floor(r() * 50)) * DAY;
    const plannedAt =
      status === 'draft' ? null : createdAt + Math.floor(r() * 3) * DAY;
    const settleFrom = plannedAt ?? createdAt;
    const settleTo = Math.max(settleFrom + HOUR, Math.min(windowStart, now));
    const updatedAt = Math.min(now, Math.max(createdAt, windowEnd + DAY));

    rows.releases.push({
      id,
      title: `${
        isBig
          ? 'Platform-wide upgrade'
          : `Release of ${componentName(components[0])}`
      } #${index}`,
      version: `${1 + (index % 9)}.${index % 40}.${index % 7}`,
      description: `## Goals\nShip the changes planned for ${componentName(
        components[0],
      )} and ${
        components.length - 1
      } other component(s).\n\n## Scope\nSee the linked tickets.`,
      risks: JSON.stringify(
        r() < 0.5
          ? [
              {
                title: 'Schema change on a busy table',
                likelihood: 'medium',
                impact: 'high',
                mitigation: 'Run it online, behind a flag',
              },
            ]
          : [],
      ),
      owner,
      stakeholders: JSON.stringify([
        teamRef((team + 1) % TEAMS),
        userRef(Math.floor(r() * USERS)),
      ]),
      template_id: 'default',
      status,
      window_start: windowStart,
      window_end: windowEnd,
      revision: 1 + Math.floor(r() * 30),
      planned_at: plannedAt,
      created_at: createdAt,
      created_by: author,
      updated_at: updatedAt,
      updated_by: author,
    });

    components.forEach((c, position) => {
      rows.components.push({
        release_id: id,
        entity_ref: componentRef(c),
        owner_ref: teamRef(ownerOfComponent(c)),
        system_ref: systemRef(systemOfComponent(c)),
        position,
        // The plugin's copy of the release's window start (migration 20261203010000_component_window).
        window_start: windowStart,
      });
    });

    // How far readiness has got, by status and (for planned releases) by how near the window is.
    const progress =
      status === 'released' || status === 'rolled_back'
        ? 1
        : status === 'in_progress'
        ? 0.8 + r() * 0.2
        : status === 'cancelled'
        ? r() * 0.6
        : status === 'draft'
        ? r() * 0.1
        : Math.min(0.9, Math.max(0.05, 1 - (windowStart - now) / (60 * DAY)));
    let position = 0;
    const itemIds: string[] = [];
    // What the store keeps on the outcome row for the metrics (refreshReadinessSummary).
    const readiness = { readyAt: null as number | null, requiredOpen: 0 };
    const addItem = (
      [category, title, required]: [string, string, boolean],
      componentIndex: number | null,
    ) => {
      const itemId = uuid(r);
      itemIds.push(itemId);
      const settled = r() < progress || (progress === 1 && required);
      const notApplicable = settled && !required && r() < 0.4;
      const doneAt = settled
        ? settleFrom + Math.floor(r() * (settleTo - settleFrom))
        : null;
      if (required && doneAt !== null) {
        readiness.readyAt = Math.max(readiness.readyAt ?? doneAt, doneAt);
      }
      if (required && !settled) readiness.requiredOpen++;
      rows.items.push({
        id: itemId,
        release_id: id,
        component_ref:
          componentIndex === null ? null : componentRef(componentIndex),
        title,
        category,
        required,
        assignee:
          componentIndex === null
            ? owner
            : teamRef(ownerOfComponent(componentIndex)),
        state: settled ? (notApplicable ? 'not_applicable' : 'done') : 'open',
        note: notApplicable ? 'Nothing of this kind in this release' : null,
        evidence_url: null,
        done_by: settled ? userRef(Math.floor(r() * USERS)) : null,
        done_at: doneAt,
        source: 'default',
        position: position++,
        created_at: createdAt,
        updated_at: doneAt ?? createdAt,
      });
    };
    for (const item of RELEASE_ITEMS) addItem(item, null);
    const perComponent = isBig
      ? COMPONENT_ITEMS.length
      : ITEMS_PER_COMPONENT[components.length];
    for (const c of components) {
      for (const item of COMPONENT_ITEMS.slice(0, perComponent))
        addItem(item, c);
    }

    rows.activity.push({
      release_id: id,
      action: 'release.created',
      actor: author,
      at: createdAt,
      summary: 'Planned the release',
      before: null,
      after: null,
    });

    if ((status === 'released' || status === 'rolled_back') && r() < 0.6) {
      const late = r() < 0.3;
      const releasedAt = Math.min(
        now - 60_000,
        late
          ? windowEnd + Math.floor(r() * 48 * HOUR)
          : windowStart + Math.floor(r() * (windowEnd - windowStart)),
      );
      const result =
        status === 'rolled_back'
          ? 'rolled_back'
          : pick(r, [
              'success',
              'success',
              'success',
              'success',
              'success',
              'success',
              'success',
              'success',
              'partial',
              'failed',
            ]);
      rows.decisions.push({
        id: uuid(r),
        release_id: id,
        decision: 'go',
        rationale: 'All required items done',
        attendees: JSON.stringify([owner]),
        decided_by: author,
        decided_at: windowStart - HOUR,
        readiness: JSON.stringify({
          ready: true,
          percent: 100,
          total: itemIds.length,
          settled: itemIds.length,
          requiredOpen: 0,
        }),
      });
      rows.outcomes.push({
        release_id: id,
        result,
        released_at: releasedAt,
        incidents: JSON.stringify(
          result === 'success'
            ? []
            : [
                {
                  title: 'Elevated error rate',
                  url: 'https://status.example.com/1',
                },
              ],
        ),
        lessons_learned: result === 'success' ? '' : 'Canary sooner.',
        recorded_by: author,
        recorded_at: Math.min(now, releasedAt + DAY),
        ready_at: readiness.readyAt,
        required_open: readiness.requiredOpen,
      });
      if (result !== 'success') {
        rows.actionItems.push({
          id: uuid(r),
          release_id: id,
          title: 'Add a canary stage',
          carry_forward: r() < 0.5,
          carried_into: null,
          position: 0,
        });
      }
    }

    if (isBig) this.landmarks.bigReleaseId = id;
    if (isTick) {
      this.landmarks.tickReleaseId = id;
      // Two release-level items: the endpoint ticks one, the raw SQL the other.
      this.landmarks.tickItemId = itemIds[0];
      this.landmarks.rawTickItemId = itemIds[1];
    }
  }
}

/** Freeze windows: a month-end freeze of ten systems each month, a weekly one, and the holidays. */
export function freezeRows(now: number): Record<string, unknown>[] {
  const rand = random(7);
  const rows: Record<string, unknown>[] = [];
  const first = new Date(now - FREEZE_HISTORY_DAYS * DAY);
  for (let m = 0; m < 37; m++) {
    const monthEnd = Date.UTC(
      first.getUTCFullYear(),
      first.getUTCMonth() + m + 1,
      1,
    );
    const systems = Array.from({ length: 10 }, () =>
      systemRef(Math.floor(rand() * SYSTEMS)),
    );
    rows.push({
      id: uuid(rand),
      title: 'Month-end close',
      reason: 'Finance closes the books',
      start: monthEnd - 2 * DAY,
      end: monthEnd,
      recurrence: null,
      entity_refs: JSON.stringify([...new Set(systems)]),
      revision: 1,
      created_by: userRef(0),
      created_at: now - FREEZE_HISTORY_DAYS * DAY,
      updated_at: now - FREEZE_HISTORY_DAYS * DAY,
    });
  }
  for (let y = -2; y <= 1; y++) {
    const year = new Date(now).getUTCFullYear() + y;
    rows.push({
      id: uuid(rand),
      title: 'Holiday freeze',
      reason: 'Reduced staffing',
      start: Date.UTC(year, 11, 20),
      end: Date.UTC(year + 1, 0, 3),
      recurrence: null,
      entity_refs: '[]',
      revision: 1,
      created_by: userRef(0),
      created_at: now - FREEZE_HISTORY_DAYS * DAY,
      updated_at: now - FREEZE_HISTORY_DAYS * DAY,
    });
  }
  const friday = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1, 15);
  const firstFriday =
    friday + ((5 - new Date(friday).getUTCDay() + 7) % 7) * DAY;
  rows.push({
    id: uuid(rand),
    title: 'No Friday deploys',
    reason: 'Weekend on-call is thin',
    start: firstFriday,
    end: firstFriday + 9 * HOUR,
    recurrence: 'FREQ=WEEKLY;BYDAY=FR',
    entity_refs: JSON.stringify(
      Array.from({ length: 20 }, (_, i) => systemRef(i * 10)),
    ),
    revision: 1,
    created_by: userRef(0),
    created_at: now - FREEZE_HISTORY_DAYS * DAY,
    updated_at: now - FREEZE_HISTORY_DAYS * DAY,
  });
  return rows;
}

/** The catalog the plugin sees: every component with its owner and system, the teams and users. */
export function catalogEntities() {
  const entities: Array<Record<string, any>> = [];
  for (let t = 0; t < TEAMS; t++) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: teamName(t), namespace: 'default' },
      spec: { type: 'team', children: [] },
    });
  }
  for (let u = 0; u < USERS; u++) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: { name: `user-${u}`, namespace: 'default' },
      spec: { memberOf: [teamName(u % TEAMS)] },
    });
  }
  for (let s = 0; s < SYSTEMS; s++) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: { name: systemName(s), namespace: 'default' },
      spec: { owner: teamName(s % TEAMS) },
    });
  }
  for (let c = 0; c < COMPONENTS; c++) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: componentName(c), namespace: 'default' },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: teamName(ownerOfComponent(c)),
        system: systemName(systemOfComponent(c)),
      },
      relations: [
        { type: 'ownedBy', targetRef: teamRef(ownerOfComponent(c)) },
        { type: 'partOf', targetRef: systemRef(systemOfComponent(c)) },
      ],
    });
  }
  return entities;
}
