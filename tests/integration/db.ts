import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openDatabase, type DB } from '../../src/lib/server/db/client.ts';
import { createUser } from '../../src/lib/server/auth/users.ts';

const opened: { db: DB; dir: string }[] = [];

/** A new SQLite file with the real migrations applied, removed after the test. */
export function freshDb(): DB {
	const dir = mkdtempSync(join(tmpdir(), 'hit-prep-test-'));
	const db = openDatabase(join(dir, 'app.db'));
	opened.push({ db, dir });
	return db;
}

afterEach(() => {
	for (const { db, dir } of opened.splice(0)) {
		db.$client.close();
		rmSync(dir, { recursive: true, force: true });
	}
});

let n = 0;
/** A user without paying for argon2 (the hash is not checked in these tests). */
export function makeUser(db: DB, name = `user${++n}`) {
	return createUser(db, { email: `${name}@example.org`, displayName: name, passwordHash: 'unused' });
}
