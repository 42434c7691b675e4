/*
 * Freeze windows: times when releases of some scope (or of everything) should not happen.
 * Timestamps are epoch-ms bigints, as in the first migration.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('freeze_windows', table => {
    table.comment('Freeze windows declared through the API');
    table.string('id', 36).primary();
    table.string('title', 200).notNullable();
    table.string('reason', 2000).notNullable();
    table.bigInteger('start').notNullable();
    table
      .bigInteger('end')
      .notNullable()
      .comment('End of the first occurrence');
    table.string('recurrence', 500).nullable().comment('RFC 5545 RRULE');
    table
      .text('entity_refs')
      .notNullable()
      .comment('JSON array; empty = whole organisation');
    table.integer('revision').notNullable();
    table.string('created_by', 255).notNullable();
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.index(['start', 'end'], 'freeze_windows_span_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('freeze_windows');
};
