/*
 * The release plans, their components and checklists, and the activity trail.
 *
 * Every timestamp is a bigint of milliseconds since the epoch, in UTC. That keeps comparisons, window
 * overlap and duration maths (slip, lead time) the same plain integer SQL on SQLite, PostgreSQL and
 * MySQL, where their native date types and functions all differ.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('releases', table => {
    table.comment('A release plan');
    table.string('id', 36).primary();
    table.string('title', 200).notNullable();
    table.string('version', 64).notNullable();
    table.text('description').notNullable();
    table.text('risks').notNullable().comment('JSON array of risks');
    table
      .string('owner', 255)
      .notNullable()
      .comment('Entity ref of the release manager');
    table
      .text('stakeholders')
      .notNullable()
      .comment('JSON array of entity refs');
    table.string('template_id', 64).notNullable();
    table.string('status', 20).notNullable();
    table.bigInteger('window_start').notNullable();
    table.bigInteger('window_end').notNullable();
    table.integer('revision').notNullable().comment('Bumped on every change');
    table
      .bigInteger('planned_at')
      .nullable()
      .comment('When it first became planned');
    table.bigInteger('created_at').notNullable();
    table.string('created_by', 255).notNullable();
    table.bigInteger('updated_at').notNullable();
    table.string('updated_by', 255).notNullable();
    table.index(['window_start', 'id'], 'releases_window_start_idx');
    table.index(['window_end'], 'releases_window_end_idx');
    table.index(['owner'], 'releases_owner_idx');
    table.index(['status'], 'releases_status_idx');
  });

  await knex.schema.createTable('release_components', table => {
    table.comment(
      'The components a release ships, with what the catalog said of them when added',
    );
    table
      .string('release_id', 36)
      .notNullable()
      .references('id')
      .inTable('releases')
      .onDelete('CASCADE');
    table.string('entity_ref', 255).notNullable();
    table.string('owner_ref', 255).nullable();
    table.string('system_ref', 255).nullable();
    table.integer('position').notNullable();
    table.primary(['release_id', 'entity_ref']);
    table.index(['entity_ref'], 'release_components_entity_idx');
    table.index(['system_ref'], 'release_components_system_idx');
  });

  await knex.schema.createTable('checklist_items', table => {
    table.comment(
      'Readiness checklist items, per component or for the whole release',
    );
    table.string('id', 36).primary();
    table
      .string('release_id', 36)
      .notNullable()
      .references('id')
      .inTable('releases')
      .onDelete('CASCADE');
    table.string('component_ref', 255).nullable();
    table.string('title', 200).notNullable();
    table.string('category', 20).notNullable();
    table.boolean('required').notNullable();
    table.string('assignee', 255).nullable();
    table.string('state', 20).notNullable();
    table.text('note').nullable();
    table.string('evidence_url', 2000).nullable();
    table.string('done_by', 255).nullable();
    table.bigInteger('done_at').nullable();
    table.string('source', 64).notNullable();
    table.integer('position').notNullable();
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.index(['release_id'], 'checklist_items_release_idx');
    table.index(['assignee'], 'checklist_items_assignee_idx');
  });

  await knex.schema.createTable('release_activity', table => {
    table.comment(
      'Every change to a release: who, what, when, before and after',
    );
    table.bigIncrements('id').primary();
    table
      .string('release_id', 36)
      .notNullable()
      .comment('Not a foreign key: the trail outlives a deleted draft');
    table.string('action', 64).notNullable();
    table.string('actor', 255).notNullable();
    table.bigInteger('at').notNullable();
    table.string('summary', 500).notNullable();
    table.text('before').nullable().comment('JSON');
    table.text('after').nullable().comment('JSON');
    table.index(['release_id', 'id'], 'release_activity_release_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('release_activity');
  await knex.schema.dropTable('checklist_items');
  await knex.schema.dropTable('release_components');
  await knex.schema.dropTable('releases');
};
