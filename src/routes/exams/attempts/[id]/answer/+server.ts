import { error, json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { AttemptClosedError, InvalidResponseError, countAnswered, saveResponse, setFlag } from '$lib/server/exams/attempts';
import { requireOwnedAttempt } from '$lib/server/exams/access';
import type { RequestHandler } from './$types';

/**
 * Autosave for the attempt page with JavaScript: one answer (and optionally the flag) per request,
 * committed before the reply. Only application/json is accepted: a cross-site form cannot send it
 * without a CORS preflight, which this endpoint never grants.
 */
export const POST = (async (event) => {
	if (!event.request.headers.get('content-type')?.startsWith('application/json')) {
		error(415, 'Send the answer as JSON.');
	}
	const attempt = requireOwnedAttempt(event);
	let body: unknown;
	try {
		body = await event.request.json();
	} catch {
		error(400, 'The request body is not valid JSON.');
	}
	const { position, response, flagged } = (body ?? {}) as { position?: unknown; response?: unknown; flagged?: unknown };
	const validResponse =
		response === null || typeof response === 'string' || (Array.isArray(response) && response.every((r) => typeof r === 'string'));
	if (!Number.isInteger(position) || !validResponse || (flagged !== undefined && typeof flagged !== 'boolean')) {
		error(400, 'Send { position, response } with a question number and a string, a list of strings or null.');
	}
	const db = getDb();
	try {
		const saved = saveResponse(db, attempt, position as number, response as string | string[] | null);
		if (flagged !== undefined) setFlag(db, attempt, position as number, flagged as boolean);
		return json({ saved, ...countAnswered(db, attempt.id) });
	} catch (e) {
		if (e instanceof AttemptClosedError) return json({ message: e.message, closed: true }, { status: 409 });
		if (e instanceof InvalidResponseError) return json({ message: e.message }, { status: 400 });
		throw e;
	}
}) satisfies RequestHandler;
