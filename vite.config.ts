import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { contentCheck } from './src/lib/server/content/vite-plugin.ts';

export default defineConfig({
	plugins: [contentCheck(), sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
		environment: 'node',
		// argon2id hashing is deliberately slow; integration tests hash real passwords
		testTimeout: 15_000
	}
});
