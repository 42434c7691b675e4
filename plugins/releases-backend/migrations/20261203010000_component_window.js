/*
 * A copy of each release's window start on its component rows, so that a component's (or a
 * system's) release list is read newest first straight from an index and stops at a page: the
 * (entity_ref, window_start, release_id) index holds the rows in the list's order, where the join
 * through releases had to read and sort every release of the entity before cutting the page.
 *
 * The plugin writes the copy in the same transaction as the release's window and its components
 * (insertRelease, applyReleaseChange). The column gets a default of 0 only because SQLite adds a NOT
 * NULL column with a default or not at all; every write sets it.
 *
 * The new indexes start with entity_ref and system_ref, so they replace the single-column ones.
 */

const TABLE = 'release_components';

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable(TABLE, table => {
    table
      .bigInteger('window_start')
      .notNullable()
      .defaultTo(0)
      .comment("The release's window start, copied for the entity list");
  });
  await knex(TABLE).update({
    window_start: knex('releases')
      .select('window_start')
      .where('releases.id', knex.ref(`${TABLE}.release_id`)),
  });
  await knex.schema.alterTable(TABLE, table => {
    table.dropIndex(['entity_ref'], 'release_components_entity_idx');
    table.dropIndex(['system_ref'], 'release_components_system_idx');
    table.index(
      ['entity_ref', 'window_start', 'release_id'],
      'release_components_entity_window_idx',
    );
    // entity_ref too: a system's list keeps the first of a release's rows, which it reads there.
    table.index(
      ['system_ref', 'window_start', 'release_id', 'entity_ref'],
      'release_components_system_window_idx',
    );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable(TABLE, table => {
    table.dropIndex(
      ['entity_ref', 'window_start', 'release_id'],
      'release_components_entity_window_idx',
    );
    table.dropIndex(
      ['system_ref', 'window_start', 'release_id', 'entity_ref'],
      'release_components_system_window_idx',
    );
    table.index(['entity_ref'], 'release_components_entity_idx');
    table.index(['system_ref'], 'release_components_system_idx');
  });
  await knex.schema.alterTable(TABLE, table => {
    table.dropColumn('window_start');
  });
};
