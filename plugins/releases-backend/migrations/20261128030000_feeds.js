/*
 * Personal calendar feeds: a secret URL per feed, of which only a SHA-256 hash is stored, so that a
 * leaked database does not leak working feed URLs.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('calendar_feeds', table => {
    table.comment('Secret ICS feed URLs of users');
    table.string('id', 36).primary();
    table
      .string('token_hash', 64)
      .notNullable()
      .unique('calendar_feeds_token_idx');
    table.string('user_ref', 255).notNullable();
    table
      .text('filters')
      .notNullable()
      .comment('JSON: owner, entityRef, includeFreezes');
    table
      .text('read_filter')
      .nullable()
      .comment(
        'JSON permission filter of the user when the feed was made; null = all releases',
      );
    table.bigInteger('created_at').notNullable();
    table.bigInteger('revoked_at').nullable();
    table.index(['user_ref'], 'calendar_feeds_user_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('calendar_feeds');
};
