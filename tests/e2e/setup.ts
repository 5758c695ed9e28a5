import { expect, test as setup } from '@playwright/test';
import { ADMIN, expectAccessible, signUp } from './helpers';

setup('the first account on an empty database becomes the administrator', async ({ page }) => {
	await page.goto('/');
	await expectAccessible(page);
	await page.goto('/signup');
	await expectAccessible(page);
	await signUp(page, ADMIN);
	await expect(page.getByRole('link', { name: 'Users' })).toBeVisible();
});
