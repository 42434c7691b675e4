/*
 * Execution: deployments of components to environments, reported by pipelines or people, each
 * matched to the release it belongs to (or to none).
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('deployments', table => {
    table.comment('Deployments of components to environments');
    table.string('id', 36).primary();
    table.string('entity_ref', 255).notNullable();
    table
      .string('owner_ref', 255)
      .nullable()
      .comment(
        "The component's owner in the catalog when it was reported (metrics by team)",
      );
    table.string('version', 64).notNullable();
    table.string('environment', 64).notNullable();
    table.string('status', 16).notNullable();
    table.string('url', 2000).nullable();
    table.string('commit', 64).nullable();
    table.bigInteger('started_at').notNullable();
    table.bigInteger('finished_at').nullable();
    table.string('reported_by', 255).notNullable();
    table
      .string('release_id', 36)
      .nullable()
      .comment('The release it was matched to; null when none matched');
    table.bigInteger('updated_at').notNullable();
    // What is deployed where: the latest succeeded deployment per environment of a component.
    table.index(
      ['entity_ref', 'environment', 'status', 'finished_at'],
      'deployments_current_idx',
    );
    // A component's deployments, newest first, and the report that finishes a started one.
    table.index(['entity_ref', 'started_at'], 'deployments_entity_idx');
    // A release's runbook.
    table.index(['release_id', 'entity_ref'], 'deployments_release_idx');
    // Metrics: production deployments finished in a period.
    table.index(['environment', 'finished_at'], 'deployments_finished_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('deployments');
};
