import { error, type RequestEvent } from '@sveltejs/kit';
import { getDb } from '../db';
import { requireUser } from '../auth/guards';
import { getOwnedAttempt } from './attempts';

/**
 * The signed-in learner's attempt named in the URL, finalised first if its deadline passed.
 * Someone else's attempt is answered exactly like a missing one (404), so ids reveal nothing.
 */
export function requireOwnedAttempt(event: Pick<RequestEvent, 'locals' | 'url' | 'params'>) {
	const me = requireUser(event);
	const id = (event.params as { id?: string }).id ?? '';
	const attempt = getOwnedAttempt(getDb(), id, me.id);
	if (!attempt) error(404, 'There is no such attempt.');
	return attempt;
}
