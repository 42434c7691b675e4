/*
 * Reminders already sent, so that each is sent once per item (or per release, for "the window has
 * started and it is not ready") per window, however often the reminder task runs.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('release_reminders', table => {
    table.comment(
      'Reminders sent, one row per item (or release) and window start',
    );
    table.string('release_id', 36).notNullable();
    table
      .string('item_key', 64)
      .notNullable()
      .comment('A checklist item id, or "release:not-ready"');
    table.bigInteger('window_start').notNullable();
    table.bigInteger('sent_at').notNullable();
    table.primary(['release_id', 'item_key', 'window_start']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('release_reminders');
};
