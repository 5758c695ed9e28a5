import type { SubmitFunction } from '@sveltejs/kit';

/**
 * use:enhance for account forms: reports busy state, and after a failed submission clears
 * password fields, as a full page reload would (the server never echoes a password back).
 */
export function accountFormEnhance(setBusy: (busy: boolean) => void): SubmitFunction {
	return ({ formElement }) => {
		setBusy(true);
		return async ({ result, update }) => {
			if (result.type === 'failure') {
				for (const input of formElement.querySelectorAll<HTMLInputElement>('input[type="password"]')) input.value = '';
			}
			await update();
			setBusy(false);
		};
	};
}
