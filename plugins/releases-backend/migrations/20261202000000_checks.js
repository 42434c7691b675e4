/*
 * Automated checks: a checklist item may name the check that settles it, and the latest result of
 * each check per component is kept, so that items added later start from what is already known.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('checklist_items', table => {
    table
      .string('check', 128)
      .nullable()
      .comment('The check that settles the item; null for manual items');
    table.index(['component_ref', 'check'], 'checklist_items_check_idx');
  });

  await knex.schema.createTable('check_results', table => {
    table.comment('The latest result of each check per component');
    table.string('entity_ref', 255).notNullable();
    table.string('check', 128).notNullable();
    table.string('status', 16).notNullable();
    table.string('url', 2000).nullable();
    table.text('summary').nullable();
    table.string('version', 64).nullable();
    table.string('commit', 64).nullable();
    table
      .string('release_id', 36)
      .nullable()
      .comment('Set when the result was meant for one release only');
    table.bigInteger('reported_at').notNullable();
    table.string('reported_by', 255).notNullable();
    table.primary(['entity_ref', 'check']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('check_results');
  await knex.schema.alterTable('checklist_items', table => {
    table.dropIndex(['component_ref', 'check'], 'checklist_items_check_idx');
    table.dropColumn('check');
  });
};
