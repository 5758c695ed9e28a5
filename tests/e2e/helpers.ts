import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** axe-core on the current page: no serious or critical violations (WCAG 2.x A and AA rules). */
export async function expectAccessible(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(
		bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
		`axe violations on ${page.url()}`
	).toEqual([]);
}

export const ADMIN = { email: 'admin@example.org', displayName: 'Ada Admin', password: 'admin passphrase 2026' };

let counter = 0;
export function newLearner(name = 'Lena Learner') {
	counter += 1;
	return { email: `learner${Date.now()}${counter}@example.org`, displayName: name, password: 'a long learner passphrase' };
}

export async function signUp(page: Page, user: { email: string; displayName: string; password: string }) {
	await page.goto('/signup');
	await page.getByLabel('Email').fill(user.email);
	await page.getByLabel('Display name').fill(user.displayName);
	await page.getByLabel('Password').fill(user.password);
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

export async function signIn(page: Page, user: { email: string; password: string }) {
	await page.goto('/signin');
	await page.getByLabel('Email').fill(user.email);
	await page.getByLabel('Password').fill(user.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** Answers the question on screen whatever its type; `choice` picks which option(s). */
export async function answerCurrent(page: Page, choice = 0) {
	const code = page.getByRole('textbox', { name: /code$/ });
	if (await code.count()) return code.fill('E11.9');
	const boxes = page.getByRole('checkbox');
	if (await boxes.count()) {
		await boxes.nth(choice % 5).check();
		return boxes.nth((choice + 1) % 5).check();
	}
	return page.getByRole('radio').nth(choice % 4).check();
}

/** The attempt's address without the question number. */
export const attemptBase = (url: string) => url.replace(/\?.*$/, '');
