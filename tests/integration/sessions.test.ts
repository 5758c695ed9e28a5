import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { session } from '../../src/lib/server/db/schema/index.ts';
import {
	SESSION_TTL_MS,
	createSession,
	invalidateSession,
	invalidateUserSessions,
	validateSessionToken
} from '../../src/lib/server/auth/sessions.ts';
import { freshDb, makeUser } from './db.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('sessions (Lucia design)', () => {
	it('creates a session whose token validates to its user, storing only a hash of the secret', () => {
		const db = freshDb();
		const ann = makeUser(db, 'ann');
		const { token, expiresAt } = createSession(db, ann.id, new Date(0));
		expect(expiresAt.getTime()).toBe(SESSION_TTL_MS);
		const [id, secret] = token.split('.');
		const row = db.select().from(session).where(eq(session.id, id!)).get()!;
		expect(row.secretHash).toHaveLength(32);
		expect(row.secretHash.toString('utf8')).not.toContain(secret);
		const result = validateSessionToken(db, token, new Date(DAY));
		expect(result?.user).toEqual({ id: ann.id, email: 'ann@example.org', displayName: 'ann', role: 'admin' });
		expect(result?.session.renewed).toBe(false);
	});

	it('rejects a wrong secret, an unknown id and malformed tokens', () => {
		const db = freshDb();
		const { token } = createSession(db, makeUser(db).id);
		const [id] = token.split('.');
		expect(validateSessionToken(db, `${id}.wrongsecretwrongsecretwron`)).toBeNull();
		expect(validateSessionToken(db, `nosuchid.${token.split('.')[1]}`)).toBeNull();
		for (const bad of ['', '.', 'abc', `${token}.extra`]) expect(validateSessionToken(db, bad)).toBeNull();
	});

	it('slides the expiry forward when used in the second half of its life', () => {
		const db = freshDb();
		const { token } = createSession(db, makeUser(db).id, new Date(0));
		const used = new Date(20 * DAY);
		const result = validateSessionToken(db, token, used)!;
		expect(result.session.renewed).toBe(true);
		expect(result.session.expiresAt.getTime()).toBe(used.getTime() + SESSION_TTL_MS);
		// Still valid after the original 30 days because it was renewed.
		expect(validateSessionToken(db, token, new Date(45 * DAY))).not.toBeNull();
	});

	it('expires an unused session and deletes it', () => {
		const db = freshDb();
		const { token } = createSession(db, makeUser(db).id, new Date(0));
		expect(validateSessionToken(db, token, new Date(30 * DAY))).toBeNull();
		expect(db.select().from(session).all()).toHaveLength(0);
	});

	it('invalidates one session on sign-out, or all of a user\'s sessions', () => {
		const db = freshDb();
		const ann = makeUser(db);
		const bob = makeUser(db);
		const a1 = createSession(db, ann.id);
		const a2 = createSession(db, ann.id);
		const b1 = createSession(db, bob.id);
		invalidateSession(db, a1.token.split('.')[0]!);
		expect(validateSessionToken(db, a1.token)).toBeNull();
		expect(validateSessionToken(db, a2.token)).not.toBeNull();
		invalidateUserSessions(db, ann.id);
		expect(validateSessionToken(db, a2.token)).toBeNull();
		expect(validateSessionToken(db, b1.token)).not.toBeNull();
	});
});
