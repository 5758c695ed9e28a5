import { describe, expect, it } from 'vitest';
import {
	EmailTakenError,
	LastAdminError,
	createUser,
	findUserByEmail,
	listUsers,
	setUserRole
} from '../../src/lib/server/auth/users.ts';
import { createSession, validateSessionToken } from '../../src/lib/server/auth/sessions.ts';
import { freshDb, makeUser } from './db.ts';

describe('accounts and roles', () => {
	it('makes the first account an admin and later ones learners', () => {
		const db = freshDb();
		expect(makeUser(db).role).toBe('admin');
		expect(makeUser(db).role).toBe('learner');
		expect(makeUser(db).role).toBe('learner');
	});

	it('treats emails case-insensitively and refuses a duplicate', () => {
		const db = freshDb();
		createUser(db, { email: '  Ann@Example.org ', displayName: 'Ann', passwordHash: 'h' });
		expect(findUserByEmail(db, 'ANN@example.ORG')?.displayName).toBe('Ann');
		expect(() => createUser(db, { email: 'ann@example.org', displayName: 'Other', passwordHash: 'h' })).toThrow(EmailTakenError);
		expect(listUsers(db)).toHaveLength(1);
	});

	it('changes a role, visible on the user\'s next request', () => {
		const db = freshDb();
		makeUser(db);
		const learner = makeUser(db);
		const { token } = createSession(db, learner.id);
		expect(setUserRole(db, learner.id, 'instructor')?.role).toBe('instructor');
		expect(validateSessionToken(db, token)?.user.role).toBe('instructor');
	});

	it('never removes the last admin, but allows it when another admin exists', () => {
		const db = freshDb();
		const admin = makeUser(db);
		const other = makeUser(db);
		expect(() => setUserRole(db, admin.id, 'learner')).toThrow(LastAdminError);
		setUserRole(db, other.id, 'admin');
		expect(setUserRole(db, admin.id, 'learner')?.role).toBe('learner');
		expect(() => setUserRole(db, other.id, 'instructor')).toThrow(LastAdminError);
	});

	it('returns undefined for an unknown user', () => {
		const db = freshDb();
		expect(setUserRole(db, 'nobody', 'admin')).toBeUndefined();
	});
});
