/*
 * Release metrics that read only the range asked for (issue 19).
 *
 * The outcome row keeps what the metrics need of the checklist: when the last required item was
 * settled (ready_at) and how many required items are still open (required_open). GET /metrics used
 * to recompute both with correlated subqueries over checklist_items for every completed release in
 * the range, in each of its six statements; PostgreSQL then estimated them costly enough to JIT-compile
 * (seconds at 100,000 releases). The store rewrites both in the transaction of every write that can
 * change them (recording an outcome, changing the items of a release).
 *
 * Two covering indexes, so that the metrics read the range and nothing else, by index-only scans:
 * one starting from released_at with what the metrics read of an outcome (it replaces the index on
 * released_at alone, its prefix), and one on releases starting from id with the columns read and
 * filtered on, for the join. Without the second, PostgreSQL costs a lookup at a random page read and
 * prefers reading the whole releases table once, which grows with the history, not the range.
 */

const OUTCOME_COLUMNS = [
  'released_at',
  'release_id',
  'result',
  'ready_at',
  'required_open',
];

/**
 * The two summary columns of an outcome, recomputed from its release's checklist (as the store's
 * refreshReadinessSummary does; a migration keeps its own copy so that it never changes).
 * @param {import('knex').Knex} knex
 */
function readinessOfOutcomes(knex) {
  const required = () =>
    knex('checklist_items')
      .whereRaw('?? = ??', [
        'checklist_items.release_id',
        'release_outcomes.release_id',
      ])
      .andWhereRaw('??', ['checklist_items.required']);
  return {
    ready_at: required().max('done_at'),
    required_open: required().where('checklist_items.state', 'open').count('*'),
  };
}

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('release_outcomes', table => {
    table
      .bigInteger('ready_at')
      .nullable()
      .comment('Last done_at of a required checklist item, kept for metrics');
    table
      .integer('required_open')
      .notNullable()
      .defaultTo(0)
      .comment('Required checklist items still open, kept for metrics');
  });
  // The index before the backfill: built after it, over the rows the backfill just rewrote, PostgreSQL
  // would not use it (indcheckxmin) until every transaction older than the migration had ended.
  await knex.schema.alterTable('release_outcomes', table => {
    table.index(OUTCOME_COLUMNS, 'release_outcomes_metrics_idx');
    table.dropIndex(['released_at'], 'release_outcomes_released_idx');
  });
  await knex('release_outcomes').update(readinessOfOutcomes(knex));
  await knex.schema.alterTable('releases', table => {
    table.index(
      ['id', 'status', 'owner', 'window_end', 'planned_at'],
      'releases_metrics_idx',
    );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('releases', table => {
    table.dropIndex(
      ['id', 'status', 'owner', 'window_end', 'planned_at'],
      'releases_metrics_idx',
    );
  });
  await knex.schema.alterTable('release_outcomes', table => {
    table.index(['released_at'], 'release_outcomes_released_idx');
    table.dropIndex(OUTCOME_COLUMNS, 'release_outcomes_metrics_idx');
  });
  await knex.schema.alterTable('release_outcomes', table => {
    table.dropColumn('required_open');
    table.dropColumn('ready_at');
  });
};
