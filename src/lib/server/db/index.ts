import { openDatabase, type DB } from './client';

let instance: DB | undefined;

/** The app's database, opened (and migrated) on first use at DATABASE_PATH, default ./data/app.db. */
export function getDb(): DB {
	instance ??= openDatabase(process.env.DATABASE_PATH || 'data/app.db');
	return instance;
}

export type { DB } from './client';
export * as tables from './schema';
