import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { getDb } from '$lib/server/db';
import { getLibrary } from '$lib/server/content';
import { finaliseExpiredAttempts } from '$lib/server/exams/attempts';
import {
	SESSION_COOKIE,
	deleteSessionCookie,
	setSessionCookie,
	validateSessionToken
} from '$lib/server/auth/sessions';

const SWEEP_MS = 15_000;

/**
 * Fail fast at start-up: open and migrate the database and validate all content before serving.
 * Then finalise timed attempts whose deadline passed while the server was down, and keep doing so
 * every few seconds, so an attempt ends at its deadline even when nobody has the page open.
 */
export const init: ServerInit = () => {
	const db = getDb();
	getLibrary();
	finaliseExpiredAttempts(db);
	setInterval(() => {
		try {
			finaliseExpiredAttempts(db);
		} catch (e) {
			console.error('Finalising expired attempts failed', e);
		}
	}, SWEEP_MS).unref();
};

const session: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.user = null;
	event.locals.session = null;
	if (token) {
		const result = validateSessionToken(getDb(), token);
		if (result) {
			event.locals.user = result.user;
			event.locals.session = result.session;
			if (result.session.renewed) setSessionCookie(event, token, result.session.expiresAt);
		} else {
			deleteSessionCookie(event);
		}
	}
	return resolve(event);
};

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	// Pages with personal data must not be kept by shared caches.
	if (event.locals.user && !response.headers.has('Cache-Control')) {
		response.headers.set('Cache-Control', 'private, no-store');
	}
	return response;
};

export const handle = sequence(session, securityHeaders);

export const handleError: HandleServerError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return { message: status === 404 ? 'Page not found.' : 'Something went wrong on our side. Please try again.' };
};
