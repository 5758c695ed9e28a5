// Serves the production build against a brand-new database for one end-to-end run.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

rmSync(resolve('.e2e'), { recursive: true, force: true });
await import(pathToFileURL(resolve('build/index.js')).href);
