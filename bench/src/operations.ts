import type { Knex } from 'knex';
import { MAX_RELEASE_WINDOW_MS } from '@releasekit/plugin-releases-common';
// The columns the plugin reads for lists and for the calendar (no descriptions or risks; the
// calendar not even the template and authors): the floor reads the same.
import {
  CALENDAR_RELEASE_COLUMNS,
  RELEASE_SUMMARY_COLUMNS as SUMMARY_COLUMNS,
} from '@releasekit/plugin-releases-backend/src/database/rows';
import type { RunningBackend } from './backend';
import { checkResultOperation } from './checkResultOperation';
import type { DatabaseKind } from './databases';
import { deploymentOperations } from './deploymentOperations';
import type { Operation } from './measure';
import { MEASURED_ENTITY, userRef } from './organisation';
import type { SeedResult } from './seed';

/** The plugin's page sizes (CalendarService.MAX_CALENDAR_RELEASES, the list's default limit). */
const CALENDAR_PAGE = 2000;
const LIST_PAGE = 50;

const DAY = 86_400_000;

/** Rows of a raw query, whatever the driver's shape. */
function rowsOf(result: any): any[] {
  return Array.isArray(result) ? result : result.rows;
}

function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/** The next calendar month (UTC) after `now`: the month a release manager plans. */
export function upcomingMonth(now: number): { from: number; to: number } {
  const d = new Date(now);
  return {
    from: Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1),
    to: Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 2, 1),
  };
}

/** Components and checklist counts of a page of releases: what the plugin adds to each list row. */
async function componentsAndCounts(knex: Knex, ids: string[]) {
  if (ids.length === 0) return;
  const list = placeholders(ids.length);
  await knex.raw(
    `SELECT * FROM release_components WHERE release_id IN (${list})`,
    ids,
  );
  await knex.raw(
    `SELECT release_id, COUNT(*) AS total,
            SUM(CASE WHEN state IN ('done', 'not_applicable') THEN 1 ELSE 0 END) AS settled,
            SUM(CASE WHEN required AND state = 'open' THEN 1 ELSE 0 END) AS required_open
       FROM checklist_items WHERE release_id IN (${list}) GROUP BY release_id`,
    ids,
  );
}

function calendarOperation(
  key: string,
  label: string,
  knex: Knex,
  backend: RunningBackend,
  range: { from: number; to: number },
  note?: string,
): Operation {
  const query = `from=${encodeURIComponent(
    new Date(range.from).toISOString(),
  )}&to=${encodeURIComponent(new Date(range.to).toISOString())}`;
  return {
    key,
    label,
    note,
    rawQueries: 4,
    async endpoint() {
      const answer = await backend.client.call(`/calendar?${query}`);
      return () => answer.json().releases.length;
    },
    async raw() {
      const releases = rowsOf(
        await knex.raw(
          // The lower bound on window_start follows from the longest window a release may have
          // (MAX_RELEASE_WINDOW_DAYS): what a hand-written query for this schema would use too.
          `SELECT ${CALENDAR_RELEASE_COLUMNS.join(', ')} FROM releases
            WHERE window_end > ? AND window_start > ? AND window_start < ?
            ORDER BY window_start DESC, id DESC LIMIT ${CALENDAR_PAGE + 1}`,
          [range.from, range.from - MAX_RELEASE_WINDOW_MS, range.to],
        ),
      ).slice(0, CALENDAR_PAGE);
      await componentsAndCounts(
        knex,
        releases.map(r => r.id),
      );
      await knex.raw(
        `SELECT * FROM freeze_windows
          WHERE recurrence IS NOT NULL OR (start < ? AND "end" > ?)
          ORDER BY start, id`,
        [range.to, range.from],
      );
      return releases.length;
    },
  };
}

function monthOf(kind: DatabaseKind, column: string): string {
  return kind === 'postgres'
    ? `to_char(to_timestamp(${column} / 1000) AT TIME ZONE 'UTC', 'YYYY-MM')`
    : `strftime('%Y-%m', ${column} / 1000, 'unixepoch')`;
}

/**
 * Every operation of the benchmark on one seeded organisation. Each raw floor is the SQL one would
 * write by hand for the same rows, on the same indexes and through the same knex pool.
 */
export async function operations(options: {
  kind: DatabaseKind;
  knex: Knex;
  backend: RunningBackend;
  seed: SeedResult;
}): Promise<Operation[]> {
  const { kind, knex, backend, seed } = options;
  const month = upcomingMonth(seed.now);
  const monthName = new Date(month.from).toISOString().slice(0, 7);
  const year = { from: seed.now - 365 * DAY, to: seed.now };

  const ops: Operation[] = [
    calendarOperation(
      'calendar',
      `GET /calendar, one month (${monthName})`,
      knex,
      backend,
      month,
    ),
  ];

  ops.push({
    key: 'entityList',
    label: `GET /releases?entityRef=${MEASURED_ENTITY}`,
    rawQueries: 3,
    async endpoint() {
      const answer = await backend.client.call(
        `/releases?entityRef=${encodeURIComponent(MEASURED_ENTITY)}`,
      );
      return () => answer.json().items.length;
    },
    async raw() {
      const releases = rowsOf(
        await knex.raw(
          // The component's rows in the order of the (entity_ref, window_start, release_id) index,
          // which carries a copy of the release's window start: the page is read from the index and
          // stops at 51 rows, each joined to its release by primary key.
          `SELECT ${SUMMARY_COLUMNS.map(c => `r.${c}`).join(
            ', ',
          )} FROM release_components c
             JOIN releases r ON r.id = c.release_id
            WHERE c.entity_ref = ?
            ORDER BY c.window_start DESC, c.release_id DESC LIMIT ${
              LIST_PAGE + 1
            }`,
          [MEASURED_ENTITY],
        ),
      ).slice(0, LIST_PAGE);
      await componentsAndCounts(
        knex,
        releases.map(r => r.id),
      );
      return releases.length;
    },
  });

  ops.push({
    key: 'release',
    label: 'GET /releases/{id}, the release of 50 components',
    rawQueries: 6,
    async endpoint() {
      const answer = await backend.client.call(
        `/releases/${seed.bigReleaseId}`,
      );
      return () => {
        const body = answer.json();
        if (body.components.length !== 50) {
          throw new Error(
            'The 50-component release does not have 50 components',
          );
        }
        return body.checklist.length;
      };
    },
    async raw() {
      const id = seed.bigReleaseId;
      await knex.raw('SELECT * FROM releases WHERE id = ?', [id]);
      await knex.raw(
        'SELECT * FROM release_components WHERE release_id = ? ORDER BY position',
        [id],
      );
      const items = rowsOf(
        await knex.raw(
          'SELECT * FROM checklist_items WHERE release_id = ? ORDER BY position, id',
          [id],
        ),
      );
      await knex.raw(
        'SELECT * FROM release_decisions WHERE release_id = ? ORDER BY decided_at, id',
        [id],
      );
      await knex.raw('SELECT * FROM release_outcomes WHERE release_id = ?', [
        id,
      ]);
      await knex.raw(
        'SELECT * FROM release_action_items WHERE release_id = ? ORDER BY position',
        [id],
      );
      return items.length;
    },
  });

  const actor = userRef(0);
  ops.push({
    key: 'tick',
    label: 'PATCH /releases/{id}/checklist/{itemId} (done ⇄ open)',
    rawQueries: 4,
    note: 'raw: UPDATE of the item and INSERT of an activity row, in one transaction',
    async endpoint(call) {
      const state = call % 2 === 0 ? 'done' : 'open';
      const answer = await backend.client.call(
        `/releases/${seed.tickReleaseId}/checklist/${seed.tickItemId}`,
        { method: 'PATCH', body: JSON.stringify({ state }) },
      );
      return () => {
        if (answer.json().state !== state) {
          throw new Error(`The item is not ${state}`);
        }
        return 1;
      };
    },
    async raw(call) {
      const done = call % 2 === 0;
      const at = Date.now();
      await knex.transaction(async tx => {
        await tx.raw(
          `UPDATE checklist_items SET state = ?, done_by = ?, done_at = ?, updated_at = ?
            WHERE id = ? AND release_id = ?`,
          [
            done ? 'done' : 'open',
            done ? actor : null,
            done ? at : null,
            at,
            seed.rawTickItemId,
            seed.tickReleaseId,
          ],
        );
        await tx.raw(
          `INSERT INTO release_activity (release_id, action, actor, at, summary, before, after)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
          [
            seed.tickReleaseId,
            'checklist.item_updated',
            actor,
            at,
            `Marked the item ${done ? 'done' : 'open'}`,
            JSON.stringify({ state: done ? 'open' : 'done' }),
            JSON.stringify({ state: done ? 'done' : 'open' }),
          ],
        );
      });
      return 1;
    },
  });

  ops.push(checkResultOperation(knex, backend, 'pipeline'));
  ops.push(checkResultOperation(knex, backend, 'user'));

  ops.push({
    key: 'metrics',
    label: 'GET /metrics, one year',
    rawQueries: 1,
    note: 'rows: overall + months + teams',
    async endpoint() {
      const answer = await backend.client.call(
        `/metrics?from=${encodeURIComponent(
          new Date(year.from).toISOString(),
        )}&to=${encodeURIComponent(new Date(year.to).toISOString())}`,
      );
      return () => {
        const body = answer.json();
        return 1 + body.byMonth.length + body.byTeam.length;
      };
    },
    async raw() {
      // The three groupings and their 90th percentile slip, from one pass over the completed releases.
      // Readiness is read from the outcome row, where the store keeps it (refreshReadinessSummary),
      // as the endpoint reads it: a floor that recomputed it from the checklist would not be one.
      const rows = rowsOf(
        await knex.raw(
          `WITH c AS MATERIALIZED (
             SELECT r.owner AS owner, o.result AS result, o.released_at AS released_at,
                    r.window_end AS window_end, r.planned_at AS planned_at,
                    CASE WHEN o.released_at > r.window_end THEN o.released_at - r.window_end ELSE 0 END AS slip,
                    o.ready_at AS ready_at, o.required_open AS required_open,
                    ${monthOf(kind, 'o.released_at')} AS month
               FROM releases r JOIN release_outcomes o ON o.release_id = r.id
              WHERE r.status IN ('released', 'rolled_back') AND o.released_at >= ? AND o.released_at < ?
           ),
           g AS (
             SELECT 'all' AS dim, '' AS grp, c.* FROM c
             UNION ALL SELECT 'month' AS dim, c.month AS grp, c.* FROM c
             UNION ALL SELECT 'owner' AS dim, c.owner AS grp, c.* FROM c
           ),
           ranked AS (
             SELECT g.*, ROW_NUMBER() OVER (PARTITION BY dim, grp ORDER BY slip) AS rn,
                    COUNT(*) OVER (PARTITION BY dim, grp) AS n
               FROM g
           )
           SELECT dim, grp, COUNT(*) AS completed,
                  SUM(CASE WHEN released_at <= window_end THEN 1 ELSE 0 END) AS on_time,
                  SUM(CASE WHEN result IN ('failed', 'rolled_back') THEN 1 ELSE 0 END) AS failures,
                  AVG(slip) AS avg_slip,
                  AVG(CASE WHEN planned_at IS NOT NULL THEN released_at - planned_at END) AS avg_lead,
                  AVG(CASE WHEN planned_at IS NOT NULL AND ready_at IS NOT NULL AND required_open = 0
                      THEN CASE WHEN ready_at > planned_at THEN ready_at - planned_at ELSE 0 END END) AS avg_ready_lead,
                  MIN(CASE WHEN rn * 10 >= n * 9 THEN slip END) AS p90_slip
             FROM ranked GROUP BY dim, grp`,
          [year.from, year.to],
        ),
      );
      return rows.length;
    },
  });

  ops.push(...deploymentOperations({ knex, backend, seed }));
  return ops;
}
