/*
 * Reminders delivered at least once. A claim used to be the record of a reminder sent: a replica
 * killed between claiming and sending lost the reminder, and no later run sent it. Now a claim is
 * made undelivered and marked delivered once the notification has gone; a later run takes over a
 * claim left undelivered for longer than the task's timeout (`releases.reminders.timeout`) and
 * sends it. A replica
 * dying between sending and marking is the only way to a second copy.
 *
 * The column defaults to true so that the rows already there (sent, or lost under the old rule) and
 * the claims of a replica still on the previous version during a rolling upgrade, which inserts
 * without the column, count as delivered and are not sent again. `sent_at` is now when the claim
 * was made or last taken over.
 */

const TABLE = 'release_reminders';

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable(TABLE, table => {
    table
      .boolean('delivered')
      .notNullable()
      .defaultTo(true)
      .comment('False while a claimed reminder has not been confirmed sent');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable(TABLE, table => {
    table.dropColumn('delivered');
  });
};
