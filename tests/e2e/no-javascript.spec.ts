import { expect, test } from '@playwright/test';
import { answerCurrent, newLearner, signUp } from './helpers';

test.use({ javaScriptEnabled: false });

test('everything works with plain HTML forms, including tutor mode', async ({ page }) => {
	await signUp(page, newLearner('Nora NoScript'));

	await page.getByRole('link', { name: /word parts/i }).first().click();
	await page.getByRole('button', { name: 'Mark complete' }).click();
	await expect(page.getByRole('button', { name: 'Mark as not complete' })).toBeVisible();
	await page.getByRole('button', { name: 'Mark as not complete' }).click();
	await expect(page.getByRole('button', { name: 'Mark complete' })).toBeVisible();

	await page.goto('/exams');
	const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'CCA quick practice' }) });
	await card.getByLabel('Tutor (untimed, feedback as you go)').check();
	await card.getByRole('button', { name: 'Start CCA quick practice' }).click();
	await expect(page.getByRole('group', { name: 'Question 1 of 10' })).toBeVisible();
	await expect(page.getByText('Time left')).toHaveCount(0);

	// Tutor mode: check the first answer and see its feedback at once.
	await answerCurrent(page, 0);
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.getByRole('heading', { name: 'Feedback' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Rationale' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);

	for (let q = 2; q <= 10; q++) {
		await page.getByRole('button', { name: 'Next question' }).click();
		await expect(page.getByRole('group', { name: `Question ${q} of 10` })).toBeVisible();
		await answerCurrent(page, q);
	}
	// Jump back with the navigator: the answer on screen is saved on the way.
	await page.getByRole('button', { name: 'Question 1, answered, checked' }).click();
	await expect(page.getByRole('group', { name: 'Question 1 of 10' })).toBeVisible();
	await page.getByRole('button', { name: 'Question 10, answered' }).click();
	await page.getByRole('button', { name: 'Review and submit' }).click();
	await expect(page.getByText('You have answered all 10 questions.')).toBeVisible();
	await page.getByRole('button', { name: 'Submit for scoring' }).click();
	await expect(page).toHaveURL(/\/review$/);
	await expect(page.getByText(/of 10 correct/)).toBeVisible();

	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
});
