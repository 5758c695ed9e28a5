import { expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { readContentDir } from '../../src/lib/server/content/files.ts';
import { buildLibrary } from '../../src/lib/server/content/library.ts';
import { ADMIN, answerCurrent, attemptBase, expectAccessible, newLearner, signIn, signUp } from './helpers';

const library = buildLibrary(readContentDir(resolve('content')));
// A distinctive slice of every rationale in the bank, as it appears in HTML.
const rationaleSnippets = [...library.items.values()].map((i) =>
	i.rationaleHtml.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim().slice(0, 60)
);

test('a learner signs up, reads a lesson, marks it complete, takes an exam and reviews it', async ({ page }) => {
	const learner = newLearner();
	await signUp(page, learner);
	await expect(page).toHaveURL(/\/lessons$/);
	await expect(page.getByRole('link', { name: 'Users' })).toHaveCount(0);
	await expect(page.getByText(`You have completed 0 of ${library.lessons.size} lessons.`)).toBeVisible();
	await expectAccessible(page);

	// Read a lesson: contents, callouts, tables, previous/next.
	const lesson = library.tracks.find((t) => t.id === 'coding')!.lessons[0]!;
	await page.getByRole('link', { name: lesson.title }).click();
	await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
	const toc = page.getByRole('navigation', { name: 'On this page' });
	await expect(toc.getByRole('link').first()).toBeVisible();
	await expect(page.locator('.callout').first()).toBeVisible();
	await expect(page.locator('.prose table').first()).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Lessons in this track' }).getByRole('link')).toHaveCount(1);
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Mark complete' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Completed' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Mark as not complete' })).toBeVisible();
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Lessons' }).click();
	await expect(page.getByText(`You have completed 1 of ${library.lessons.size} lessons.`)).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: lesson.title }).getByText('Completed')).toBeVisible();

	// Take the RHIT quick practice in exam mode, one question per page.
	await page.getByRole('link', { name: 'Practice exams' }).click();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Start RHIT quick practice' }).click();
	await expect(page).toHaveURL(/\/exams\/attempts\/[a-z0-9]+\?q=1$/);
	const base = attemptBase(page.url());
	await expect(page.getByRole('group', { name: 'Question 1 of 10' })).toBeVisible();
	await expect(page.getByText(/Time left: 1[56]:\d\d/)).toBeVisible();
	await expectAccessible(page);

	// Nothing that reveals answers has reached the browser: not in the HTML, not in the page data.
	const html = await page.content();
	const data = await (await page.request.get(`${base}/__data.json?q=1`)).text();
	for (const text of [html, data]) {
		expect(text).not.toMatch(/rationaleHtml|whyHtml|bankLabel|"key"|"source"|class="rationale"/);
		for (const snippet of rationaleSnippets) expect(text).not.toContain(snippet);
	}

	// Question 1 by keyboard where it is a radio group; each answer autosaves.
	const radios = page.getByRole('radio');
	if (await radios.count()) {
		await radios.first().focus();
		await page.keyboard.press('ArrowDown');
		await expect(radios.nth(1)).toBeChecked();
	} else {
		await answerCurrent(page, 1);
	}
	await expect(page.getByText('Answer saved.')).toBeVisible();
	await expect(page.getByText('1 of 10 answered.')).toBeVisible();

	for (let q = 1; q <= 8; q++) {
		await page.getByRole('button', { name: 'Next question' }).click();
		await expect(page.getByRole('group', { name: `Question ${q + 1} of 10` })).toBeVisible();
		await answerCurrent(page, q);
		if (q + 1 === 3) {
			await page.getByRole('button', { name: 'Flag for review' }).click();
			await expect(page.getByRole('button', { name: 'Flagged for review' })).toBeVisible();
		}
	}
	// Reload in the middle: the same question, with every saved answer and flag.
	await page.getByRole('button', { name: 'Next question' }).click();
	await expect(page).toHaveURL(/\?q=10$/);
	await page.reload();
	await expect(page.getByRole('group', { name: 'Question 10 of 10' })).toBeVisible();
	await expect(page.getByText('9 of 10 answered.')).toBeVisible();
	const navigator = page.getByRole('navigation', { name: 'Questions' });
	await expect(navigator.getByRole('button', { name: 'Question 3, answered, flagged' })).toBeVisible();
	await expect(navigator.getByRole('button', { name: 'Question 10, unanswered' })).toBeVisible();
	await page.goto(base);
	await expect(page.getByRole('group', { name: 'Question 10 of 10' })).toBeVisible();

	// Submitting asks for confirmation and lists the unanswered and flagged questions.
	await page.getByRole('button', { name: 'Review and submit' }).click();
	await expect(page).toHaveURL(/\/submit$/);
	await expect(page.getByText('1 of 10 questions are unanswered')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Question 10' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Question 3' })).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Submit for scoring' }).click();

	await expect(page).toHaveURL(/\/review$/);
	await expect(page.getByRole('heading', { name: 'Your score' })).toBeVisible();
	await expect(page.getByText(/of 10 correct/)).toBeVisible();
	await expect(page.getByText(/Estimated scaled score: \d+/)).toBeVisible();
	await expect(page.getByRole('table', { name: 'Score by exam domain' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Rationale' })).toHaveCount(10);
	await expect(page.getByText('Question 10: Not answered')).toBeVisible();
	await expectAccessible(page);

	await page.getByRole('link', { name: 'Flagged (1)' }).click();
	await expect(page.getByRole('heading', { name: 'Rationale' })).toHaveCount(1);
	await page.getByRole('link', { name: /Incorrect \(/ }).click();
	await expect(page.getByText('Question 10: Not answered')).toBeVisible();
	await expect(page.getByText(/Question \d+: Correct/)).toHaveCount(0);

	// The attempt is closed: its page now leads to the review, and the history lists it.
	await page.goto(base);
	await expect(page).toHaveURL(/\/review$/);
	await page.goto('/exams');
	await expect(page.getByRole('region', { name: 'Your attempts' }).getByRole('row')).toHaveCount(2);

	// Sign out ends the session.
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
	await page.goto('/exams');
	await expect(page).toHaveURL(/\/signin\?redirectTo=%2Fexams$/);
});

test('a learner cannot open the admin page; the admin can change roles', async ({ page, browser }) => {
	const learner = newLearner('Riley Role');
	await signUp(page, learner);
	const response = await page.goto('/admin/users');
	expect(response?.status()).toBe(403);
	await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
	// The action is guarded too, not only the page.
	const post = await page.request.post('/admin/users?/setRole', {
		form: { userId: 'anything', role: 'admin' },
		headers: { origin: new URL(page.url()).origin }
	});
	expect(post.status()).toBe(403);

	const adminPage = await (await browser.newContext()).newPage();
	await signIn(adminPage, ADMIN);
	await adminPage.getByRole('link', { name: 'Users' }).click();
	await expectAccessible(adminPage);
	const select = adminPage.getByLabel(`Role for ${learner.displayName}`);
	await select.selectOption('instructor');
	await adminPage.getByRole('button', { name: `Save role for ${learner.displayName}` }).click();
	await expect(adminPage.getByRole('status')).toHaveText(`${learner.displayName} is now an instructor.`);
	// The only admin cannot demote themselves.
	await adminPage.getByLabel(`Role for ${ADMIN.displayName}`).selectOption('learner');
	await adminPage.getByRole('button', { name: `Save role for ${ADMIN.displayName}` }).click();
	await expect(adminPage.getByRole('alert')).toHaveText('At least one administrator must remain.');

	const origin = new URL(adminPage.url()).origin;
	const setRole = (form: Record<string, string>) =>
		adminPage.request.post('/admin/users?/setRole', { form, headers: { origin, accept: 'text/html' } });
	expect((await setRole({ userId: 'nobody', role: 'overlord' })).status()).toBe(400);
	expect((await setRole({ userId: 'nobody', role: 'instructor' })).status()).toBe(404);
});

test('forms explain bad input, keep what was typed (never the password) and answer 4xx', async ({ page }) => {
	await page.goto('/signup');
	await page.getByLabel('Email').fill('not-an-email');
	await page.getByLabel('Display name').fill('Sam Sample');
	await page.getByLabel('Password').fill('short');
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByRole('alert')).toHaveText('Please correct the highlighted fields.');
	await expect(page.getByText('Enter an email address like name@example.org.')).toBeVisible();
	await expect(page.getByText('Use at least 12 characters.')).toBeVisible();
	await expect(page.getByLabel('Email')).toHaveValue('not-an-email');
	await expect(page.getByLabel('Display name')).toHaveValue('Sam Sample');
	await expect(page.getByLabel('Password')).toHaveValue('');
	await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
	await expectAccessible(page);

	// Duplicate email (any case).
	await page.getByLabel('Email').fill(ADMIN.email.toUpperCase());
	await page.getByLabel('Password').fill('another long passphrase');
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByText('An account with this email already exists. Sign in instead.')).toBeVisible();

	// Wrong password, and the raw status codes without JavaScript's help.
	await page.goto('/signin');
	await page.getByLabel('Email').fill(ADMIN.email);
	await page.getByLabel('Password').fill('wrong password here');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('alert')).toHaveText('Email or password is incorrect.');
	await expect(page.getByLabel('Email')).toHaveValue(ADMIN.email);
	await expect(page.getByLabel('Password')).toHaveValue('');
	await expectAccessible(page);

	const origin = new URL(page.url()).origin;
	const post = (path: string, form: Record<string, string>) =>
		page.request.post(path, { form, headers: { origin, accept: 'text/html' }, maxRedirects: 0 });
	expect((await post('/signup', { email: '', displayName: '', password: '' })).status()).toBe(400);
	expect((await post('/signup', { email: 'x@example.org', displayName: 'n'.repeat(81), password: 'p'.repeat(200) })).status()).toBe(400);
	expect((await post('/signup', { email: ADMIN.email, displayName: 'Dup', password: 'a fine long passphrase' })).status()).toBe(409);
	expect((await post('/signin', { email: ADMIN.email, password: 'nope' })).status()).toBe(400);
	expect((await post('/signin', { email: '', password: '' })).status()).toBe(400);
	const echoed = await post('/signup', { email: 'keep@example.org', displayName: '', password: 'secret-typed-password-1' });
	expect(echoed.status()).toBe(400);
	const html = await echoed.text();
	expect(html).toContain('keep@example.org');
	expect(html).not.toContain('secret-typed-password-1');
});

test('another learner\'s attempt is not found, and tampered answers are refused', async ({ page, browser }) => {
	await signUp(page, newLearner('Owner'));
	await page.goto('/exams');
	await page.getByRole('button', { name: 'Start CCA quick practice' }).click();
	await expect(page).toHaveURL(/\/exams\/attempts\/[a-z0-9]+\?q=1$/);
	const base = attemptBase(page.url());
	const origin = new URL(base).origin;
	const form = (path: string, data: Record<string, string>) => page.request.post(path, { form: data, headers: { origin, accept: 'text/html' } });

	const unknownExam = await form('/exams?/start', { examId: 'no-such-exam', mode: 'exam' });
	expect(unknownExam.status()).toBe(404);
	expect(await unknownExam.text()).toContain('There is no exam');
	expect((await form('/exams?/start', { examId: 'rhit-domain', mode: 'exam' })).status()).toBe(400);
	expect((await form('/exams?/start', { examId: 'rhit-custom', mode: 'exam', domain: 'rhit-1', items: 'lots' })).status()).toBe(400);

	expect((await form(`${base}?/save`, { position: '0', response: '<Z>' })).status()).toBe(400);
	expect((await form(`${base}?/save`, { position: '99', response: 'A' })).status()).toBe(400);
	expect((await form(`${base}?/check`, { position: '0', response: 'A' })).status()).toBe(400);
	const json = (data: unknown) => page.request.post(`${base}/answer`, { data });
	expect((await json({ position: 0, response: '<Z>' })).status()).toBe(400);
	expect((await json({ position: 'x' })).status()).toBe(400);
	expect((await page.request.post(`${base}/answer`, { data: 'position=0', headers: { 'content-type': 'text/plain', origin } })).status()).toBe(415);

	const other = await (await browser.newContext()).newPage();
	await signUp(other, newLearner('Snoop'));
	expect((await other.goto(base))?.status()).toBe(404);
	expect((await other.goto(`${base}/review`))?.status()).toBe(404);
	expect((await other.goto(`${base}/submit`))?.status()).toBe(404);
	const post = await other.request.post(`${base}/submit`, { form: {}, headers: { origin, accept: 'text/html' } });
	expect(post.status()).toBe(404);
	expect((await other.request.post(`${base}/answer`, { data: { position: 0, response: 'A' } })).status()).toBe(404);
});
