/**
 * Makes sure the web bundle the service serves (`packages/web/dist`) is built and not older than
 * its sources: builds it when missing or stale (the install command builds it too). The build runs
 * in a child process with NODE_ENV=production: inside the test runner NODE_ENV is `test`, which
 * would give React's development build and development JSX.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of packages/web. */
export const webDir = fileURLToPath(new URL('../../', import.meta.url));
/** Absolute path of the built bundle. */
export const distDir = join(webDir, 'dist');

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Builds the bundle if `dist/index.html` is missing or older than any source file. */
export function ensureBundle(): void {
  const index = join(distDir, 'index.html');
  const sources = Math.max(newestMtime(join(webDir, 'src')), newestMtime(join(webDir, 'index.html')), newestMtime(join(webDir, 'vite.config.ts')));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  const viteBin = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [viteBin, 'build', '--logLevel', 'warn'], {
    cwd: webDir,
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`vite build failed (${result.status}): ${result.stderr || result.stdout}`);
}
