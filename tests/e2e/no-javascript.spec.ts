import { expect, test } from '@playwright/test';
import { newLearner, signUp } from './helpers';

test.use({ javaScriptEnabled: false });

test('everything works with plain HTML forms', async ({ page }) => {
	const learner = newLearner('Nora NoScript');
	await signUp(page, learner);

	await page.getByRole('link', { name: /word parts/i }).first().click();
	await page.getByRole('button', { name: 'Mark complete' }).click();
	await expect(page.getByRole('button', { name: 'Mark as not complete' })).toBeVisible();
	await page.getByRole('button', { name: 'Mark as not complete' }).click();
	await expect(page.getByRole('button', { name: 'Mark complete' })).toBeVisible();

	await page.goto('/exams');
	await page.getByRole('button', { name: 'Start CCA quick practice' }).click();
	await expect(page.getByRole('group')).toHaveCount(10);
	for (let q = 1; q <= 10; q++) {
		await page.getByRole('group', { name: `Question ${q} of 10` }).getByRole('radio').nth(q % 4).check();
	}
	await page.getByRole('button', { name: 'Save answers' }).click();
	await expect(page.getByText('10 of 10 answered.')).toBeVisible();
	await page.getByRole('button', { name: 'Submit for scoring' }).click();
	await expect(page).toHaveURL(/\/review$/);
	await expect(page.getByText(/of 10 correct/)).toBeVisible();

	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
});
