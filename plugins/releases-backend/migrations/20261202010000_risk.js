/*
 * Risk: each release keeps the risk score computed when it last changed, so that lists and the
 * calendar show the level without recomputing it per row; a go decision taken despite failed
 * required checks records why.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('releases', table => {
    table
      .text('risk')
      .nullable()
      .comment(
        'The risk score and its factors as JSON, computed after the last change',
      );
    // The calendar reads hundreds of rows and shows only the level: no JSON to parse for it.
    table.integer('risk_score').nullable();
    table.string('risk_level', 8).nullable();
  });
  await knex.schema.alterTable('release_decisions', table => {
    table
      .text('override_reason')
      .nullable()
      .comment('Why a go was decided although required checks had failed');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('release_decisions', table => {
    table.dropColumn('override_reason');
  });
  await knex.schema.alterTable('releases', table => {
    table.dropColumn('risk_level');
    table.dropColumn('risk_score');
    table.dropColumn('risk');
  });
};
