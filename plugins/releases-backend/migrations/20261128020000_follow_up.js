/*
 * Follow-up: go/no-go decisions, outcomes with their retrospective, and action items (which can be
 * carried forward into the next release of the same template and components).
 * Timestamps are epoch-ms bigints, as in the first migration.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('release_decisions', table => {
    table.comment('Go/no-go decisions');
    table.string('id', 36).primary();
    table
      .string('release_id', 36)
      .notNullable()
      .references('id')
      .inTable('releases')
      .onDelete('CASCADE');
    table.string('decision', 10).notNullable();
    table.text('rationale').notNullable();
    table.text('attendees').notNullable().comment('JSON array of entity refs');
    table.string('decided_by', 255).notNullable();
    table.bigInteger('decided_at').notNullable();
    table.text('readiness').notNullable().comment('JSON readiness snapshot');
    table.index(['release_id', 'decided_at'], 'release_decisions_release_idx');
  });

  await knex.schema.createTable('release_outcomes', table => {
    table.comment('The recorded outcome and retrospective of a release');
    table
      .string('release_id', 36)
      .primary()
      .references('id')
      .inTable('releases')
      .onDelete('CASCADE');
    table.string('result', 20).notNullable();
    table.bigInteger('released_at').notNullable();
    table.text('incidents').notNullable().comment('JSON array of {title, url}');
    table.text('lessons_learned').notNullable();
    table.string('recorded_by', 255).notNullable();
    table.bigInteger('recorded_at').notNullable();
    table.index(['released_at'], 'release_outcomes_released_idx');
  });

  await knex.schema.createTable('release_action_items', table => {
    table.comment('Action items of a retrospective');
    table.string('id', 36).primary();
    table
      .string('release_id', 36)
      .notNullable()
      .references('id')
      .inTable('releases')
      .onDelete('CASCADE');
    table.string('title', 200).notNullable();
    table.boolean('carry_forward').notNullable();
    table
      .string('carried_into', 36)
      .nullable()
      .comment('The release it was carried into');
    table.integer('position').notNullable();
    table.index(['release_id'], 'release_action_items_release_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('release_action_items');
  await knex.schema.dropTable('release_outcomes');
  await knex.schema.dropTable('release_decisions');
};
