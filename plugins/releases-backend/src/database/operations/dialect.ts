import type { Knex } from 'knex';

/** The knex client a database runs on, for the few statements written per dialect. */
const clientOf = (db: Knex) => String(db.client.config.client);

export const isPostgres = (db: Knex) => clientOf(db) === 'pg';

/** mysql or mysql2: MySQL and MariaDB. */
export const isMysql = (db: Knex) => clientOf(db).startsWith('mysql');
