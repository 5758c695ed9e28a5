import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { ROLES } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/auth/guards';
import {
	EXTRA_TIME_CHOICES,
	LastAdminError,
	isExtraTimeChoice,
	isRole,
	listUsers,
	setExtraTime,
	setUserRole
} from '$lib/server/auth/users';
import { field } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) => {
	const me = requireRole(event, 'admin');
	return { users: listUsers(getDb()), roles: ROLES, extraTimeChoices: EXTRA_TIME_CHOICES, myId: me.id };
}) satisfies PageServerLoad;

export const actions = {
	setRole: async (event) => {
		requireRole(event, 'admin');
		const form = await event.request.formData();
		const userId = field(form, 'userId');
		const role = field(form, 'role');
		if (!isRole(role)) return fail(400, { userId, message: `"${role}" is not a role. Choose learner, instructor or admin.` });
		try {
			const updated = setUserRole(getDb(), userId, role);
			if (!updated) return fail(404, { userId, message: 'That user no longer exists.' });
			return { ok: true, userId, message: `${updated.displayName} is now ${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role}.` };
		} catch (e) {
			if (e instanceof LastAdminError) return fail(409, { userId, message: e.message });
			throw e;
		}
	},
	/** Testing accommodation: multiplies exam-mode time limits of attempts started from now on. */
	setExtraTime: async (event) => {
		requireRole(event, 'admin');
		const form = await event.request.formData();
		const userId = field(form, 'userId');
		const percent = Number(field(form, 'extraTimePercent'));
		if (!isExtraTimeChoice(percent)) {
			return fail(400, { userId, message: `Choose extra time of ${EXTRA_TIME_CHOICES.join(', ')} percent.` });
		}
		const updated = setExtraTime(getDb(), userId, percent);
		if (!updated) return fail(404, { userId, message: 'That user no longer exists.' });
		return {
			ok: true,
			userId,
			message: percent === 100 ? `${updated.displayName} has standard time.` : `${updated.displayName} now has ${percent}% time in exam mode.`
		};
	}
} satisfies Actions;
