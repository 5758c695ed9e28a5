import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import type { RequestEvent } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import type { DB } from '../db';
import { session, user, type Role } from '../db/schema';
import { randomId } from '../ids';

/**
 * Sessions in the Lucia design (lucia-auth.com, "Basic session API"): the cookie holds
 * `<id>.<secret>`, the database holds the id and SHA-256(secret), and validation compares hashes in
 * constant time. Expiry slides: a session used within its last half-life is extended.
 */
export const SESSION_COOKIE = 'session';
const DAY_MS = 24 * 60 * 60 * 1000;
export const SESSION_TTL_MS = 30 * DAY_MS;
const RENEW_BELOW_MS = SESSION_TTL_MS / 2;

export interface SessionUser {
	id: string;
	email: string;
	displayName: string;
	role: Role;
}

export interface ValidSession {
	id: string;
	expiresAt: Date;
	/** True when validation extended the expiry, so the cookie must be re-sent. */
	renewed: boolean;
}

const hashSecret = (secret: string) => Buffer.from(sha256(new TextEncoder().encode(secret)));

export function createSession(db: DB, userId: string, now = new Date()): { token: string; expiresAt: Date } {
	const id = randomId();
	const secret = randomId();
	const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
	db.insert(session).values({ id, userId, secretHash: hashSecret(secret), createdAt: now, expiresAt }).run();
	return { token: `${id}.${secret}`, expiresAt };
}

export function validateSessionToken(
	db: DB,
	token: string,
	now = new Date()
): { session: ValidSession; user: SessionUser } | null {
	const [id, secret, extra] = token.split('.');
	if (!id || !secret || extra !== undefined) return null;
	const row = db
		.select({
			id: session.id,
			secretHash: session.secretHash,
			expiresAt: session.expiresAt,
			user: { id: user.id, email: user.email, displayName: user.displayName, role: user.role }
		})
		.from(session)
		.innerJoin(user, eq(user.id, session.userId))
		.where(eq(session.id, id))
		.get();
	if (!row) return null;
	if (!constantTimeEqual(new Uint8Array(row.secretHash), new Uint8Array(hashSecret(secret)))) return null;
	if (now.getTime() >= row.expiresAt.getTime()) {
		invalidateSession(db, id);
		return null;
	}
	let expiresAt = row.expiresAt;
	let renewed = false;
	if (expiresAt.getTime() - now.getTime() < RENEW_BELOW_MS) {
		expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
		db.update(session).set({ expiresAt }).where(eq(session.id, id)).run();
		renewed = true;
	}
	return { session: { id, expiresAt, renewed }, user: row.user };
}

export function invalidateSession(db: DB, sessionId: string): void {
	db.delete(session).where(eq(session.id, sessionId)).run();
}

/** Signs a user out everywhere, e.g. after a role change or password reset. */
export function invalidateUserSessions(db: DB, userId: string): void {
	db.delete(session).where(eq(session.userId, userId)).run();
}

export function setSessionCookie(event: RequestEvent, token: string, expiresAt: Date): void {
	event.cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		expires: expiresAt,
		// Plain http on localhost/loopback in development and tests; Secure everywhere else.
		secure: event.url.protocol === 'https:'
	});
}

export function deleteSessionCookie(event: RequestEvent): void {
	event.cookies.delete(SESSION_COOKIE, { path: '/', secure: event.url.protocol === 'https:' });
}
